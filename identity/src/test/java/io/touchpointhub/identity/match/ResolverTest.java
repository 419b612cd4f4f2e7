package io.touchpointhub.identity.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.match.cluster.CannotLinks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverTest {

    private final MatchSettings settings = MatchSettings.defaults().withThreads(2);

    @Test
    void resolvesDuplicatesWithTyposWithoutLabels() {
        List<SyntheticPeople.Person> people = SyntheticPeople.generate(3_000, 0.4, 3);
        RecordTable table = SyntheticPeople.table(people, settings);
        List<String> progress = new ArrayList<>();

        Resolution resolution = new Resolver(settings, progress::add).resolve(table);

        int truePairs = 0;
        int found = 0;
        int wrong = 0;
        for (int a = 0; a < people.size(); a++) {
            for (int b = a + 1; b < Math.min(people.size(), a + 40); b++) {
                boolean same = people.get(a).entity() == people.get(b).entity();
                boolean linked = resolution.clusterOf(a) == resolution.clusterOf(b);
                truePairs += same ? 1 : 0;
                found += same && linked ? 1 : 0;
                wrong += !same && linked ? 1 : 0;
            }
        }
        assertThat((double) found / truePairs).isGreaterThan(0.97);
        assertThat(wrong).isLessThanOrEqualTo(found / 100);
        assertThat(resolution.stats().candidatePairs()).isPositive();
        assertThat(progress).anyMatch(line -> line.startsWith("blocking:")).anyMatch(line -> line.startsWith("EM:"));
    }

    @Test
    void aRecordAloneIsItsOwnClusterWithoutWeightAndLinkedRecordsShareTheFirstOne() {
        RecordTable table = table(List.of(
                new String[] {"John", "Smith", "1980-02-03", "2000", "john.smith@example.org", "12 High Street"},
                new String[] {"Jon", "Smith", "1980-02-03", "2000", "john.smith@example.org", "12 High St"},
                new String[] {"Ana", "Lopez", "1991-07-09", "3000", "ana@example.org", "5 Low Road"}));

        Resolution resolution = new Resolver(settings, ProgressListener.NONE).resolve(table);

        assertThat(resolution.clusterOf(1)).isEqualTo(0);
        assertThat(resolution.clusterOf(0)).isEqualTo(0);
        assertThat(resolution.matchWeight(1)).isPositive();
        assertThat(resolution.clusterOf(2)).isEqualTo(2);
        assertThat(Double.isNaN(resolution.matchWeight(2))).isTrue();
    }

    @Test
    void aScoreExplainsEachFieldsLevelAndWeight() {
        RecordTable table = table(List.of(
                new String[] {"William", "Smith", "1980-02-03", "2000", "", "12 High Street"},
                new String[] {"Bill", "Smith", "1980-03-02", "2001", "", "12 High St"}));
        Resolution resolution = new Resolver(settings, ProgressListener.NONE).resolve(table);

        PairScore score = resolution.model().score(table, 0, 1);

        assertThat(score.evidence()).extracting(FieldEvidence::field)
                .containsExactly("first", "last", "dob", "postcode", "email", "street");
        assertThat(score.evidence()).extracting(FieldEvidence::level)
                .containsExactly("nickname", "exact", "day-month-swapped", "edit-distance-1", "missing", "exact");
        assertThat(score.evidence().get(4).weight()).isZero();
        assertThat(score.weight()).isEqualTo(score.evidence().stream().mapToDouble(FieldEvidence::weight).sum());
    }

    @Test
    void cannotLinkPairsStayApart() {
        List<SyntheticPeople.Person> people = SyntheticPeople.generate(500, 1.0, 4);
        RecordTable table = SyntheticPeople.table(people, settings);
        Resolution linked = new Resolver(settings, ProgressListener.NONE).resolve(table);
        assertThat(linked.clusterOf(0)).isEqualTo(linked.clusterOf(1));

        Resolution kept = new Resolver(settings, ProgressListener.NONE).resolve(table, CannotLinks.none().add(0, 1));

        assertThat(kept.clusterOf(0)).isNotEqualTo(kept.clusterOf(1));
    }

    @Test
    void oneToOneLinkageLinksEachRecordToAtMostOnePartner() {
        MatchSettings linkage = settings.withLinkage(LinkMode.ACROSS_SOURCES, true);
        RecordTableBuilder builder = RecordTable.builder(SyntheticPeople.FIELDS, linkage);
        List<SyntheticPeople.Person> people = SyntheticPeople.generate(400, 1.0, 9);
        for (SyntheticPeople.Person person : people) {
            builder.add(person.id(), person.id().hashCode() % 2 == 0 ? "left" : "right", person.values());
        }
        RecordTable table = builder.build();

        Resolution resolution = new Resolver(linkage, ProgressListener.NONE).resolve(table);

        int[] clusterSizes = new int[table.size()];
        for (int r = 0; r < table.size(); r++) {
            clusterSizes[resolution.clusterOf(r)]++;
        }
        assertThat(java.util.Arrays.stream(clusterSizes).max().orElse(0)).isEqualTo(2);
        for (int r = 0; r + 1 < table.size(); r++) {
            int partner = resolution.clusterOf(r) == resolution.clusterOf(r + 1) ? r + 1 : -1;
            if (partner > 0) {
                assertThat(table.source(r)).isNotEqualTo(table.source(partner));
            }
        }
    }

    private RecordTable table(List<String[]> rows) {
        RecordTableBuilder builder = RecordTable.builder(SyntheticPeople.FIELDS, settings);
        for (int r = 0; r < rows.size(); r++) {
            builder.add("id" + r, "test", rows.get(r));
        }
        return builder.build();
    }
}
