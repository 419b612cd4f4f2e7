package io.touchpointhub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpointhub.identity.support.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredWeightsTest {

    private final ObjectMapper json = Json.defaultMapper();

    static MatchWeights withFrequencies() {
        List<Map<String, Double>> frequencies = MatchFields.FIELDS.stream().map(f -> Map.<String, Double>of()).toList();
        frequencies = new java.util.ArrayList<>(frequencies);
        frequencies.set(MatchFields.LAST_NAME, Map.of("smith", 0.1, "jones", 0.1, "ng", 1.0 / 3));
        return new MatchWeights(DefaultModel.create(), "em", frequencies);
    }

    static void assertSameWeights(MatchWeights actual, MatchWeights expected) {
        assertThat(actual.origin()).isEqualTo(expected.origin());
        assertThat(actual.model().prior()).isEqualTo(expected.model().prior());
        for (int f = 0; f < MatchFields.FIELDS.size(); f++) {
            int levels = DefaultModel.M[f].length;
            for (int l = 0; l < levels; l++) {
                assertThat(actual.model().m(f, l)).isEqualTo(expected.model().m(f, l));
                assertThat(actual.model().u(f, l)).isEqualTo(expected.model().u(f, l));
                assertThat(actual.model().levelWeight(f, l)).isEqualTo(expected.model().levelWeight(f, l));
            }
            assertThat(actual.frequencies(f)).isEqualTo(expected.frequencies(f));
        }
    }

    @Test
    void weightsReadBackFromTheirJsonEqualTheWrittenOnesWithTheirTermFrequencies() throws Exception {
        MatchWeights weights = withFrequencies();

        String stored = StoredWeights.write(json, weights);
        MatchWeights read = StoredWeights.read(json, stored);

        assertSameWeights(read, weights);
        assertThat(stored).contains("\"v\":1", "\"0.1\":[").doesNotContain("\n");
    }

    @Test
    void aStoredFieldWithAnotherNumberOfLevelsIsRefused() throws Exception {
        ObjectNode form = (ObjectNode) json.readTree(StoredWeights.write(json, MatchWeights.defaults()));
        ObjectNode firstName = (ObjectNode) form.withArray("fields").get(0);
        ((ArrayNode) firstName.get("levels")).remove(1);
        ((ArrayNode) firstName.get("m")).remove(1);
        ((ArrayNode) firstName.get("u")).remove(1);

        assertThatThrownBy(() -> StoredWeights.read(json, form.toString()))
                .isInstanceOf(StoredWeights.Incompatible.class).hasMessageContaining("levels of first_name");
    }

    @Test
    void anotherFormatVersionAndUnreadableJsonAreRefusedWithoutQuotingTheirContent() throws Exception {
        ObjectNode form = (ObjectNode) json.readTree(StoredWeights.write(json, withFrequencies()));
        form.put("v", 2);

        assertThatThrownBy(() -> StoredWeights.read(json, form.toString()))
                .isInstanceOf(StoredWeights.Incompatible.class).hasMessageContaining("version 2");
        assertThatThrownBy(() -> StoredWeights.read(json, "{\"v\":1,\"fields\":[\"smith\""))
                .isInstanceOf(StoredWeights.Incompatible.class).message().doesNotContain("smith");
    }
}
