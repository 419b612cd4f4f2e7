package io.touchpointhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.model.AttributeValue;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.GoldenAttribute;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ProfileIdentifier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileDocumentTest {

    private static final Instant FIRST = Instant.parse("2025-01-02T03:04:05.678Z");
    private static final Instant LAST = Instant.parse("2025-02-03T04:05:06Z");
    private static final ProfileId ID = ProfileId.parse("3f2b6c1e-0000-4000-8000-000000000001");
    private static final ProfileId MERGED = ProfileId.parse("3f2b6c1e-0000-4000-8000-000000000002");

    private final ObjectMapper json = SearchClients.objectMapper();

    private CustomerProfile profile() {
        return new CustomerProfile(ID,
                List.of(
                        new ProfileIdentifier(Identifier.of(IdentifierType.PHONE, "+4915112345678"),
                                Set.of("shop", "crm"), FIRST, LAST, true),
                        new ProfileIdentifier(Identifier.of(IdentifierType.EMAIL, "ana@example.com"),
                                Set.of("shop"), FIRST, LAST, true),
                        new ProfileIdentifier(Identifier.of(IdentifierType.EMAIL, "test@test.com"),
                                Set.of("import"), FIRST, FIRST, false)),
                List.of("Ana Lopez", "Ana L."),
                Map.of(Channel.EMAIL, 3L, Channel.WEB, 2L, Channel.SOCIAL, 0L),
                Set.of("shop", "crm", "import"),
                FIRST, LAST, List.of(MERGED), Map.of("plan", "gold"));
    }

    @Test
    void mapsIdentifiersToTypeValueKeysAndPerTypeLists() {
        ProfileDocument document = ProfileDocument.from(profile());

        assertThat(document.identifierKeys())
                .containsExactly("email:ana@example.com", "email:test@test.com", "phone:+4915112345678");
        assertThat(document.emails()).containsExactly("ana@example.com", "test@test.com");
        assertThat(document.phones()).containsExactly("+4915112345678");
        assertThat(document.identifiers()).first().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo("email");
            assertThat(entry.value()).isEqualTo("ana@example.com");
            assertThat(entry.sources()).containsExactly("shop");
            assertThat(entry.matchable()).isTrue();
        });
        assertThat(document.identifiers()).filteredOn(entry -> !entry.matchable())
                .extracting(ProfileDocument.IdentifierEntry::value).containsExactly("test@test.com");
    }

    @Test
    void keepsOnlyChannelsWithTouchpointsAndSumsTheirCounts() {
        ProfileDocument document = ProfileDocument.from(profile());

        assertThat(document.channels()).containsExactly(Channel.WEB, Channel.EMAIL);
        assertThat(document.touchpointCounts()).containsOnly(Map.entry(Channel.WEB, 2L), Map.entry(Channel.EMAIL, 3L));
        assertThat(document.touchpointCount()).isEqualTo(5);
    }

    @Test
    void copiesIdsNamesSourcesAndTimesSortedWhereTheModelHasSets() {
        ProfileDocument document = ProfileDocument.from(profile());

        assertThat(document.id()).isEqualTo(ID.toString());
        assertThat(document.profileId()).isEqualTo(ID);
        assertThat(document.mergedIds()).containsExactly(MERGED.toString());
        assertThat(document.names()).containsExactly("Ana Lopez", "Ana L.");
        assertThat(document.sources()).containsExactly("crm", "import", "shop");
        assertThat(document.firstSeen()).isEqualTo(FIRST);
        assertThat(document.lastSeen()).isEqualTo(LAST);
        assertThat(document.traits()).containsEntry("plan", "gold");
    }

    @Test
    void serialisesCamelCaseFieldsAndIsoInstantsAndReadsBackEqual() throws Exception {
        ProfileDocument document = ProfileDocument.from(profile());

        JsonNode tree = json.valueToTree(document);
        ProfileDocument readBack = json.treeToValue(tree, ProfileDocument.class);

        assertThat(tree.get("firstSeen").asText()).isEqualTo("2025-01-02T03:04:05.678Z");
        assertThat(tree.get("touchpointCounts").get("EMAIL").asLong()).isEqualTo(3);
        assertThat(tree.has("identifierKeys")).isTrue();
        assertThat(tree.has("profileId")).as("derived accessor is not a field").isFalse();
        assertThat(readBack).isEqualTo(document);
    }

    @Test
    void leadsNamesWithTheGoldenNameAndKeepsItsAlternativesSearchable() throws Exception {
        GoldenAttribute name = new GoldenAttribute("John Smith", "import:legacy-crm", "source-priority", FIRST,
                List.of(new AttributeValue("Jon Smith", "web:shop", 3, FIRST, LAST),
                        new AttributeValue("J. Smith", "email:support", 1, FIRST, FIRST)));
        CustomerProfile base = profile();
        CustomerProfile profile = new CustomerProfile(base.id(), base.identifiers(), List.of("Jon Smith"),
                base.touchpointCounts(), base.sources(), base.firstSeen(), base.lastSeen(), base.mergedIds(),
                base.traits(), null, Map.of("name", name));

        ProfileDocument document = ProfileDocument.from(profile);
        JsonNode tree = json.valueToTree(document);

        assertThat(document.names()).containsExactly("John Smith", "Jon Smith", "J. Smith");
        assertThat(tree.at("/attributes/name/source").asText()).isEqualTo("import:legacy-crm");
        assertThat(tree.at("/attributes/name/rule").asText()).isEqualTo("source-priority");
        assertThat(tree.at("/attributes/name/alternatives/0/value").asText()).isEqualTo("Jon Smith");
        assertThat(json.treeToValue(tree, ProfileDocument.class)).isEqualTo(document);
    }

    @Test
    void identifierKeyIsWireNameColonValue() {
        assertThat(ProfileDocument.identifierKey(Identifier.of(IdentifierType.EXTERNAL_ID, "hubspot_id:123")))
                .isEqualTo("external_id:hubspot_id:123");
    }
}
