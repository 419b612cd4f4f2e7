package io.touchpointhub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.match.FieldEvidence;
import io.touchpointhub.identity.match.PairScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MatchWeightsTest {

    private final MatchingSettings settings = MatchingSettings.defaults();
    private final MatchWeights weights = MatchWeights.defaults();

    private static ProfileAttributes of(Map<String, Object> traits) {
        return MatchFields.attributes(List.of(), traits);
    }

    private static final ProfileAttributes JON = of(Map.of("name", "Jon Smith",
            "address", Map.of("street", "12 High St", "city", "London"), "birthday", "1980-03-04",
            "email", "jon@a.example"));
    private static final ProfileAttributes JOHN = of(Map.of("firstName", "John", "lastName", "Smith",
            "address", Map.of("street", "12 High Street", "city", "London"), "birthday", "1980-03-04T00:00:00Z",
            "email", "j.smith@b.example"));

    @Test
    void jonAndJohnSmithAtOneAddressAndBirthDateWeighAboveTheUpperThreshold() {
        PairScore score = weights.score(JON, JOHN);

        assertThat(score.weight()).isGreaterThanOrEqualTo(settings.upperThreshold());
        assertThat(score.evidence()).extracting(FieldEvidence::field, FieldEvidence::level).contains(
                org.assertj.core.groups.Tuple.tuple("street", "exact"),
                org.assertj.core.groups.Tuple.tuple("date_of_birth", "exact"),
                org.assertj.core.groups.Tuple.tuple("postcode", "missing"));
    }

    @Test
    void theSameNameInTheSameCityLandsBetweenTheThresholdsAndTheNameAloneBelow() {
        ProfileAttributes janeInLondon = of(Map.of("name", "Jane Doe", "city", "London"));
        ProfileAttributes jane = of(Map.of("name", "Jane Doe"));

        double city = weights.weight(janeInLondon, janeInLondon);
        double nameOnly = weights.weight(jane, janeInLondon);

        assertThat(city).isBetween(settings.lowerThreshold(), settings.upperThreshold());
        assertThat(nameOnly).isLessThan(settings.lowerThreshold());
    }

    @Test
    void aDifferentBirthDateWeighsAgainstAMatch() {
        ProfileAttributes father = of(Map.of("name", "Jon Smith", "street", "12 High St", "birthday", "1950-01-01"));
        ProfileAttributes son = of(Map.of("name", "Jon Smith", "street", "12 High St", "birthday", "1980-03-04"));

        assertThat(weights.weight(father, son)).isLessThan(weights.weight(father, father) - 10);
    }

    @Test
    void readsSegmentTraitsAndSplitsAChineseNameIntoSurnameAndGivenName() {
        ProfileAttributes chinese = MatchFields.attributes(List.of("张伟"), Map.of("zip", "100000"));

        assertThat(chinese.first(MatchFields.LAST_NAME)).isEqualTo("张");
        assertThat(chinese.first(MatchFields.FIRST_NAME)).isEqualTo("伟");
        assertThat(chinese.first(MatchFields.POSTCODE)).isEqualTo("100000");
        assertThat(JOHN.first(MatchFields.DATE_OF_BIRTH)).isEqualTo("19800304");
        assertThat(JOHN.first(MatchFields.CITY)).isEqualTo(JON.first(MatchFields.CITY));
    }

    @Test
    void onlyTraitsWithMatchingAttributesAreRelevant() {
        assertThat(MatchFields.relevant(Map.of("plan", "gold", "logins", 3))).isFalse();
        assertThat(MatchFields.relevant(Map.of())).isFalse();
        assertThat(MatchFields.relevant(Map.of("birthday", "1980-03-04"))).isTrue();
    }

    @Test
    void jonAndJohnShareABlockingKeyAndStrangersDoNot() {
        ProfileAttributes stranger = of(Map.of("name", "Ann Other", "city", "Leeds", "birthday", "1990-05-06"));

        assertThat(BlockingKeys.of(JON)).containsAnyElementsOf(BlockingKeys.of(JOHN));
        assertThat(BlockingKeys.of(JON)).doesNotContainAnyElementsOf(BlockingKeys.of(stranger));
    }

    @Test
    void emEstimatesWeightsFromASampleOfProfilesThatStillTellDuplicatesFromStrangers() {
        List<ProfileAttributes> sample = people(1500, new SplittableRandom(3));

        MatchWeights trained = ModelTraining.train(sample);

        assertThat(trained).isNotNull();
        assertThat(trained.origin()).isEqualTo("em");
        assertThat(trained.weight(JON, JOHN)).isGreaterThan(trained.weight(JON, sample.get(0)) + 10);
    }

    /** People with names, birth dates, cities and postcodes; every fifth entered again with a typo. */
    private static List<ProfileAttributes> people(int n, SplittableRandom random) {
        return SyntheticPeople.traits(n, random).stream().map(MatchWeightsTest::of).toList();
    }
}
