package io.touchpointhub.identity.match.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class BlockerTest {

    /** A tiny two-field data set: field 0 a surname, field 1 a birth date, records of two sources. */
    private record Data(String[][] rows, int[] sources) implements BlockingData {

        @Override
        public int size() {
            return rows.length;
        }

        @Override
        public int[] codes(int field) {
            int[] codes = new int[rows.length];
            for (int r = 0; r < rows.length; r++) {
                codes[r] = rows[r][field] == null ? -1 : r;
            }
            return codes;
        }

        @Override
        public String[] values(int field) {
            String[] values = new String[rows.length];
            for (int r = 0; r < rows.length; r++) {
                values[r] = rows[r][field] == null ? "" : rows[r][field];
            }
            return values;
        }

        @Override
        public int[] counts(int field) {
            int[] counts = new int[rows.length];
            java.util.Arrays.fill(counts, 1);
            return counts;
        }

        @Override
        public int source(int record) {
            return sources[record];
        }
    }

    private static final List<BlockingRule> RULES = List.of(
            BlockingRule.of("surname-sound", new KeyPart(0, KeyTransform.METAPHONE)),
            BlockingRule.of("birth-date", new KeyPart(1, KeyTransform.VALUE)));

    private static Set<Long> pairs(Blocker blocker, BlockingData data, List<int[]> emitted) {
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        blocker.run(data, w -> (a, b) -> {
            synchronized (emitted) {
                emitted.add(new int[] {a, b});
            }
            seen.add((long) a << 32 | b);
        });
        return seen;
    }

    @Test
    void pairsSharingAnyKeyAreEmittedOnceEvenWhenTheyShareSeveral() {
        Data data = new Data(new String[][] {{"smith", "19700101"}, {"smyth", "19700101"}, {"jones", "19700101"},
            {"jones", "19820505"}, {"brown", null}}, new int[5]);
        List<int[]> emitted = new ArrayList<>();

        Set<Long> pairs = pairs(new Blocker(RULES, 100, false, 2), data, emitted);

        assertThat(pairs).containsExactlyInAnyOrder(0L << 32 | 1, 0L << 32 | 2, 1L << 32 | 2, 2L << 32 | 3);
        assertThat(emitted).hasSize(pairs.size()).allMatch(p -> p[0] < p[1]);
    }

    @Test
    void linkageEmitsOnlyPairsAcrossSources() {
        Data data = new Data(new String[][] {{"smith", "1"}, {"smith", "2"}, {"smith", "3"}}, new int[] {0, 0, 1});

        Set<Long> pairs = pairs(new Blocker(RULES, 100, true, 1), data, new ArrayList<>());

        assertThat(pairs).containsExactlyInAnyOrder(0L << 32 | 2, 1L << 32 | 2);
    }

    @Test
    void blocksOverTheCapAreSkippedAndReported() {
        String[][] rows = new String[10][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new String[] {"smith", "d" + r};
        }
        rows[9] = new String[] {"smith", "d0"};
        List<int[]> emitted = new ArrayList<>();
        Set<Long> seen = new HashSet<>();

        BlockingStats stats = new Blocker(RULES, 5, false, 1).run(new Data(rows, new int[10]), w -> (a, b) -> {
            emitted.add(new int[] {a, b});
            seen.add((long) a << 32 | b);
        });

        assertThat(seen).containsExactly(0L << 32 | 9);
        assertThat(stats.rules().get(0).oversizedBlocks()).isEqualTo(1);
        assertThat(stats.candidatePairs()).isEqualTo(1);
    }

    @Test
    void aWindowedRuleKeepsAnOversizedBlockConnectedWithAFewPartnersPerRecord() {
        String[][] rows = new String[10][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new String[] {"philips", "d" + r};
        }
        List<BlockingRule> windowed = List.of(new BlockingRule("company", List.of(new KeyPart(0, KeyTransform.VALUE)),
                false, 0, 2));

        Set<Long> pairs = pairs(new Blocker(windowed, 5, false, 2), new Data(rows, new int[10]), new ArrayList<>());

        // each record meets the next two: 9 + 8 pairs instead of 45, and every record reaches every other
        assertThat(pairs).hasSize(17).contains(0L << 32 | 1, 0L << 32 | 2, 8L << 32 | 9).doesNotContain(0L << 32 | 3);
    }

    @Test
    void aPairBudgetLowersTheBlockCapSoTheBiggestBlocksGoFirst() {
        String[][] rows = new String[12][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new String[] {r < 8 ? "smith" : "jones", "d" + r}; // a block of 8 (28 pairs), one of 4 (6 pairs)
        }

        BlockingStats stats = new Blocker(RULES, 100, false, 1, 10).run(new Data(rows, new int[12]), w -> (a, b) -> { });

        assertThat(stats.blockCap()).isEqualTo(7);
        assertThat(stats.candidatePairs()).isEqualTo(6);
        assertThat(stats.rules().get(0).oversizedBlocks()).isEqualTo(1);
    }
}
