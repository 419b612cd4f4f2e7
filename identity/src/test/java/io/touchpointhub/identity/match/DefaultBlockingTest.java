package io.touchpointhub.identity.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.match.block.Blocker;
import io.touchpointhub.identity.match.block.BlockingRule;
import io.touchpointhub.identity.match.block.BlockingStats;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class DefaultBlockingTest {

    private final MatchSettings settings = MatchSettings.defaults();

    @Test
    void rulesComeFromTheFieldTypes() {
        List<BlockingRule> rules = DefaultBlockingRules.forFields(SyntheticPeople.FIELDS);

        assertThat(rules).extracting(BlockingRule::name).contains("email", "first+last-sound-either-order",
                "last-sound+birth-date", "postcode+first-name-start");
        assertThat(DefaultBlockingRules.forFields(List.of(new FieldSpec("title", FieldType.TEXT))))
                .extracting(BlockingRule::name).containsExactly("title-rare-words");
    }

    @Test
    void trueDuplicatesSurviveBlockingDespiteTyposAndGaps() {
        List<SyntheticPeople.Person> people = SyntheticPeople.generate(2_000, 0.5, 11);
        RecordTable table = SyntheticPeople.table(people, settings);
        Set<Long> candidates = candidates(table);

        long truePairs = 0;
        long found = 0;
        for (int a = 0; a < people.size(); a++) {
            for (int b = a + 1; b < people.size() && b <= a + 1; b++) {
                if (people.get(a).entity() == people.get(b).entity()) {
                    truePairs++;
                    found += candidates.contains((long) a << 32 | b) ? 1 : 0;
                }
            }
        }

        assertThat(truePairs).isGreaterThan(900);
        assertThat((double) found / truePairs).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void candidatePairsGrowNearLinearlyWithTheRecords() {
        // 8 times the records: all-pairs comparison would cost 64 times as much
        long small = new Blocker(DefaultBlockingRules.forFields(SyntheticPeople.FIELDS), settings.maxBlockSize(), false, 2)
                .run(SyntheticPeople.table(SyntheticPeople.generate(5_000, 0.3, 5), settings), w -> (a, b) -> { })
                .candidatePairs();
        BlockingStats large = new Blocker(DefaultBlockingRules.forFields(SyntheticPeople.FIELDS), settings.maxBlockSize(),
                false, 2).run(SyntheticPeople.table(SyntheticPeople.generate(40_000, 0.3, 5), settings), w -> (a, b) -> { });

        assertThat((double) large.candidatePairs() / small).isLessThan(8 * 2);
        assertThat(large.candidatePairs()).isLessThan(52_000L * 5);
    }

    @Test
    void theBlockCapBoundsPairsPerRecordWhateverTheKeysLookLike() {
        RecordTableBuilder builder = RecordTable.builder(SyntheticPeople.FIELDS, settings);
        for (int r = 0; r < 5_000; r++) {
            builder.add("r" + r, "s", new String[] {"john", "smith", "1980-01-01", "10000", "", "1 High Street"});
        }
        RecordTable table = builder.build();

        BlockingStats stats = new Blocker(DefaultBlockingRules.forFields(table.fields()), settings.maxBlockSize(), false, 2)
                .run(table, w -> (a, b) -> { });

        assertThat(stats.candidatePairs()).isZero();
        assertThat(stats.rules()).allMatch(rule -> rule.keys() == 0 || rule.oversizedBlocks() == 1);
    }

    private Set<Long> candidates(RecordTable table) {
        Set<Long> pairs = ConcurrentHashMap.newKeySet();
        new Blocker(DefaultBlockingRules.forFields(table.fields()), settings.maxBlockSize(), false, 2)
                .run(table, w -> (a, b) -> pairs.add((long) a << 32 | b));
        return pairs;
    }
}
