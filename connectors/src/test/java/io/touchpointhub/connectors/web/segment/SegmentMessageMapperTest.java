package io.touchpointhub.connectors.web.segment;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static io.touchpointhub.connectors.web.segment.SegmentPayloads.NOW;
import static io.touchpointhub.connectors.web.segment.SegmentPayloads.SOURCE;
import static io.touchpointhub.connectors.web.segment.SegmentPayloads.json;
import static io.touchpointhub.connectors.web.segment.SegmentPayloads.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Single calls: the spec's example of each call, the fields each call needs, and body-level rules. */
class SegmentMessageMapperTest {

    private final SegmentMessageMapper mapper = SegmentPayloads.mapper();

    @Test
    void mapsSpecIdentifyExampleToWebTouchpointWithTraitsAndEmail() {
        Touchpoint touchpoint = mapper.map(SOURCE, "identify", spec("http-api-identify.json"));

        assertThat(touchpoint.channel()).isEqualTo(Channel.WEB);
        assertThat(touchpoint.source()).isEqualTo(SOURCE);
        assertThat(touchpoint.type()).isEqualTo("identify");
        assertThat(touchpoint.name()).isNull();
        assertThat(touchpoint.occurredAt()).isEqualTo(Instant.parse("2012-12-02T00:30:08.276Z"));
        assertThat(touchpoint.receivedAt()).isEqualTo(NOW);
        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.USER_ID, "019mr8mf4r"),
                Identifier.of(IdentifierType.EMAIL, "pgibbons@example.com"));
        assertThat(touchpoint.traits()).containsExactly(Map.entry("email", "pgibbons@example.com"),
                Map.entry("name", "Peter Gibbons"), Map.entry("industry", "Technology"));
        assertThat(touchpoint.properties()).isEmpty();
        assertThat(touchpoint.context()).containsExactly(Map.entry("ip", "24.5.68.47"));
        assertThat(touchpoint.text()).isNull();
    }

    @Test
    void mapsSpecTrackExampleWithEventAsNameAndExactRevenue() {
        Touchpoint touchpoint = mapper.map(SOURCE, "track", spec("http-api-track.json"));

        assertThat(touchpoint.type()).isEqualTo("track");
        assertThat(touchpoint.name()).isEqualTo("Item Purchased");
        assertThat(touchpoint.properties()).containsEntry("name", "Leap to Conclusions Mat")
                .containsEntry("revenue", new BigDecimal("14.99"));
        assertThat(touchpoint.traits()).isEmpty();
        assertThat(touchpoint.identifiers()).containsExactly(Identifier.of(IdentifierType.USER_ID, "019mr8mf4r"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page", "screen"})
    void mapsSpecPageAndScreenExamplesWithTheirName(String type) {
        Touchpoint touchpoint = mapper.map(SOURCE, type, spec("http-api-" + type + ".json"));

        assertThat(touchpoint.type()).isEqualTo(type);
        assertThat(touchpoint.name()).isEqualTo("Tracking HTTP API");
        assertThat(touchpoint.occurredAt()).isEqualTo(Instant.parse("2012-12-02T00:31:29.738Z"));
    }

    @Test
    void mapsSpecGroupExampleWithGroupIdAndCompanyTraitsInProperties() {
        Touchpoint touchpoint = mapper.map(SOURCE, "group", spec("http-api-group.json"));

        assertThat(touchpoint.type()).isEqualTo("group");
        assertThat(touchpoint.traits()).isEmpty();
        assertThat(touchpoint.properties()).containsEntry("groupId", "8e9df332ac")
                .containsEntry("groupTraits", Map.of("name", "Initech", "industry", "Technology", "employees", 420));
        assertThat(touchpoint.identifiers()).containsExactly(Identifier.of(IdentifierType.USER_ID, "019mr8mf4r"));
    }

    @Test
    void keepsCompanyEmailAndPhoneOfGroupTraitsOutOfPersonIdentifiers() {
        byte[] body = json("""
                {"userId": "u-1", "groupId": "g-1",
                 "traits": {"email": "info@initech.example", "phone": "+1 555 0100"}}""");

        Touchpoint touchpoint = mapper.map(SOURCE, "group", body);

        assertThat(touchpoint.identifiers()).containsExactly(Identifier.of(IdentifierType.USER_ID, "u-1"));
    }

    @Test
    void mapsSpecAliasExampleWithPreviousIdAsBothUserAndAnonymousId() {
        Touchpoint touchpoint = mapper.map(SOURCE, "alias", spec("http-api-alias.json"));

        assertThat(touchpoint.type()).isEqualTo("alias");
        assertThat(touchpoint.properties()).containsExactly(Map.entry("previousId", "39239-239239-239239-23923"));
        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.USER_ID, "019mr8mf4r"),
                Identifier.of(IdentifierType.USER_ID, "39239-239239-239239-23923"),
                Identifier.of(IdentifierType.ANONYMOUS_ID, "39239-239239-239239-23923"));
    }

    @Test
    void mapsSpecCompleteExamplesOfEveryCallUsingTheirMessageIdAsKey() {
        for (String type : new String[] {"identify", "page", "screen", "group", "alias"}) {
            Touchpoint touchpoint = mapper.map(SOURCE, type, spec("spec-" + type + ".json"));

            assertThat(touchpoint.key()).as(type)
                    .isEqualTo(new TouchpointKey(Channel.WEB, SOURCE, "022bb90c-bbac-11e4-8dfc-aa07a5b093db"));
            assertThat(touchpoint.type()).isEqualTo(type);
        }
    }

    @Test
    void keepsIdentifyTraitsNestedAndIdsOfBothKindsFromSpecCompleteExample() {
        Touchpoint touchpoint = mapper.map(SOURCE, "identify", spec("spec-identify.json"));

        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.USER_ID, "97980cfea0067"),
                Identifier.of(IdentifierType.ANONYMOUS_ID, "507f191e810c19729de860ea"),
                Identifier.of(IdentifierType.EMAIL, "peter@example.com"));
        assertThat(touchpoint.traits()).containsEntry("logins", 5)
                .extractingByKey("address").isEqualTo(Map.of("street", "6th St", "city", "San Francisco",
                        "state", "CA", "postalCode", "94103", "country", "USA"));
    }

    @Test
    void putsPageCategoryIntoPropertiesUnlessPropertiesHaveOne() {
        byte[] withCategory = json("""
                {"anonymousId": "a-1", "category": "Docs", "name": "Install", "properties": {"path": "/install"}}""");
        byte[] withBoth = json("""
                {"anonymousId": "a-1", "category": "Docs", "properties": {"category": "Guides"}}""");

        Touchpoint page = mapper.map(SOURCE, "page", withCategory);
        Touchpoint both = mapper.map(SOURCE, "page", withBoth);

        assertThat(page.properties()).containsExactly(Map.entry("path", "/install"), Map.entry("category", "Docs"));
        assertThat(both.properties()).containsExactly(Map.entry("category", "Guides"));
    }

    @Test
    void rejectsTrackWithoutEvent() {
        byte[] body = json("""
                {"userId": "u-1", "event": "  ", "properties": {}}""");

        assertThatThrownBy(() -> mapper.map(SOURCE, "track", body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("event");
                    assertThat(e.rule()).contains("required");
                });
    }

    @Test
    void rejectsGroupWithoutGroupId() {
        assertThatThrownBy(() -> mapper.map(SOURCE, "group", json("{\"userId\": \"u-1\"}")))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("groupId"));
    }

    @Test
    void rejectsAliasWithoutPreviousId() {
        assertThatThrownBy(() -> mapper.map(SOURCE, "alias", json("{\"userId\": \"u-1\"}")))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("previousId"));
    }

    @Test
    void rejectsAliasWithAnonymousIdButNoUserId() {
        byte[] body = json("""
                {"anonymousId": "a-1", "previousId": "a-0"}""");

        assertThatThrownBy(() -> mapper.map(SOURCE, "alias", body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("userId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"event\": \"Signed Up\"}",
            "{\"event\": \"Signed Up\", \"userId\": \"\", \"anonymousId\": \"   \"}",
            "{\"event\": \"Signed Up\", \"userId\": null}"})
    void rejectsMessageWithoutUserIdOrAnonymousId(String body) {
        assertThatThrownBy(() -> mapper.map(SOURCE, "track", json(body)))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("userId/anonymousId"));
    }

    @Test
    void acceptsNumericUserIdAndAnonymousIdAsText() {
        byte[] body = json("""
                {"userId": 42, "anonymousId": 1234567890123, "event": "Signed Up"}""");

        Touchpoint touchpoint = mapper.map(SOURCE, "track", body);

        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.USER_ID, "42"),
                Identifier.of(IdentifierType.ANONYMOUS_ID, "1234567890123"));
    }

    @Test
    void rejectsUserIdThatIsNeitherStringNorNumber() {
        assertThatThrownBy(() -> mapper.map(SOURCE, "track", json("{\"userId\": {\"id\": 1}, \"event\": \"e\"}")))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("userId");
                    assertThat(e.rule()).isEqualTo("must be a string or a number");
                });
    }

    @ParameterizedTest
    @CsvSource({"track, properties", "track, context", "page, properties", "identify, traits", "group, traits"})
    void rejectsObjectFieldThatIsNotAnObject(String endpointType, String field) {
        byte[] body = json("{\"userId\": \"u-1\", \"event\": \"e\", \"groupId\": \"g-1\", \""
                + field + "\": [1, 2]}");

        assertThatThrownBy(() -> mapper.map(SOURCE, endpointType, body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.rule()).isEqualTo("must be a JSON object");
                });
    }

    @Test
    void acceptsBodyWithoutTypeOrWithTheEndpointsType() {
        assertThat(mapper.map(SOURCE, "track", spec("http-api-track.json")).type()).isEqualTo("track");
        assertThat(mapper.map(SOURCE, "track", spec("spec-track.json")).type()).isEqualTo("track");
    }

    @Test
    void rejectsBodyWhoseTypeDiffersFromEndpoint() {
        assertThatThrownBy(() -> mapper.map(SOURCE, "page", spec("spec-track.json")))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("type");
                    assertThat(e.rule()).contains("'page'");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"batch", "Track", "event", ""})
    void rejectsUnknownEndpointType(String endpointType) {
        assertThatThrownBy(() -> mapper.map(SOURCE, endpointType, spec("http-api-track.json")))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("type"));
    }
}
