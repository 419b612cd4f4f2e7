package io.touchpointhub.identity.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchModelTest {

    private static final List<FieldSpec> FIELDS = List.of(new FieldSpec("last", FieldType.LAST_NAME));

    private static RecordTable surnames(String... values) {
        RecordTableBuilder builder = RecordTable.builder(FIELDS, MatchSettings.defaults());
        for (int r = 0; r < values.length; r++) {
            builder.add("id" + r, "s", new String[] {values[r]});
        }
        return builder.build();
    }

    private static MatchModel model() {
        double[][] m = {{0.9, 0.04, 0.03, 0.02, 0.01}};
        double[][] u = {{0.01, 0.01, 0.02, 0.06, 0.90}};
        return new MatchModel(FIELDS, List.of(FieldKinds.comparator(FieldType.LAST_NAME).levels()), m, u, 0.001, null);
    }

    @Test
    void anExactRareSurnameWeighsMoreThanAnExactCommonOne() {
        RecordTable table = surnames("smith", "smith", "smith", "smith", "smith", "smith", "zielinski", "zielinski",
                "jones", "brown");
        MatchModel model = model();

        double common = model.weight(table, 0, 1);
        double rare = model.weight(table, 6, 7);

        assertThat(rare).isGreaterThan(common);
        assertThat(common).isGreaterThanOrEqualTo(model.levelWeight(0, 1));
        assertThat(model.score(table, 6, 7).evidence().get(0).level()).isEqualTo("exact");
    }

    @Test
    void probabilityAndWeightAreInverses() {
        MatchModel model = model();

        assertThat(model.probability(model.weightFor(0.9))).isCloseTo(0.9, within(1e-9));
        assertThat(model.probability(0)).isCloseTo(0.001, within(1e-9));
    }

    @Test
    void levelWeightsNeverRiseFromAStrongerLevelToAWeakerOne() {
        double[] weights = MatchModel.monotone(new double[] {10, 6, 8, 2, -3}, new double[] {0.5, 0.1, 0.3, 0.05, 0.05});

        assertThat(weights).containsExactly(new double[] {10, 7.5, 7.5, 2, -3}, within(1e-9));
    }
}
