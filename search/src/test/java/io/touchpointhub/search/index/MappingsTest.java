package io.touchpointhub.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.model.AccountRef;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.search.Fixtures;
import io.touchpointhub.search.ProfileDocument;
import io.touchpointhub.search.SearchClients;
import io.touchpointhub.search.TouchpointDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mappings are strict: a document field the mapping lacks would be refused at index time. */
class MappingsTest {

    private final ObjectMapper json = SearchClients.objectMapper();

    @Test
    void everyProfileDocumentFieldIsMapped() throws Exception {
        ProfileId id = ProfileId.random();
        CustomerProfile profile = Fixtures.profile(id, "Ana Lopez", List.of(ProfileId.random()),
                Fixtures.email("ana@example.com"), Fixtures.phone("+4915112345678"));

        List<String> unmapped = unmappedFields(json.valueToTree(ProfileDocument.from(profile)),
                mappingProperties(IndexKind.PROFILES), "");

        assertThat(unmapped).isEmpty();
    }

    @Test
    void theAccountOfAProfileIsMapped() throws Exception {
        CustomerProfile p = Fixtures.profile(ProfileId.random(), "Ana Lopez", Fixtures.email("ana@acme.com"));
        CustomerProfile withAccount = new CustomerProfile(p.id(), p.identifiers(), p.names(), p.touchpointCounts(),
                p.sources(), p.firstSeen(), p.lastSeen(), p.mergedIds(), p.traits(),
                new AccountRef(java.util.UUID.randomUUID(), "Acme Ltd"), Map.of());

        JsonNode document = json.valueToTree(ProfileDocument.from(withAccount));

        assertThat(document.at("/account/name").asText()).isEqualTo("Acme Ltd");
        assertThat(unmappedFields(document, mappingProperties(IndexKind.PROFILES), "")).isEmpty();
    }

    @Test
    void everyTouchpointDocumentFieldIsMapped() throws Exception {
        TouchpointDocument document = TouchpointDocument.from(Fixtures.touchpoint(1, ProfileId.random(), Fixtures.T0));

        List<String> unmapped = unmappedFields(json.valueToTree(document), mappingProperties(IndexKind.TOUCHPOINTS), "");

        assertThat(unmapped).isEmpty();
    }

    @Test
    void everyChannelHasAMappedTouchpointCount() throws Exception {
        JsonNode counts = mappingProperties(IndexKind.PROFILES).get("touchpointCounts").get("properties");

        assertThat(Arrays.stream(Channel.values()).map(Channel::name))
                .allSatisfy(channel -> assertThat(counts.has(channel)).as(channel).isTrue());
    }

    @Test
    void mappingsDeclareTheCurrentMappingVersion() throws Exception {
        for (IndexKind kind : IndexKind.values()) {
            assertThat(json.readTree(kind.mappingJson()).at("/_meta/mappingVersion").asInt())
                    .as(kind.name()).isEqualTo(HubIndices.MAPPING_VERSION);
        }
    }

    @Test
    void mappingsParseIntoClientMappings() {
        assertThat(IndexKind.PROFILES.mapping().properties()).containsKeys("identifierKeys", "names", "traits");
        assertThat(IndexKind.TOUCHPOINTS.mapping().properties()).containsKeys("occurredAt", "profileId", "text");
    }

    private JsonNode mappingProperties(IndexKind kind) throws Exception {
        return json.readTree(kind.mappingJson()).get("properties");
    }

    private static List<String> unmappedFields(JsonNode document, JsonNode properties, String path) {
        List<String> unmapped = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : iterable(document)) {
            JsonNode mapping = properties.get(field.getKey());
            if (mapping == null) {
                unmapped.add(path + field.getKey());
                continue;
            }
            boolean opaque = mapping.path("enabled").asBoolean(true) == false
                    || "false".equals(mapping.path("dynamic").asText());
            JsonNode value = field.getValue().isArray() && field.getValue().size() > 0
                    ? field.getValue().get(0) : field.getValue();
            if (!opaque && value.isObject()) {
                unmapped.addAll(unmappedFields(value, mapping.get("properties"), path + field.getKey() + "."));
            }
        }
        return unmapped;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
