package io.touchpointhub.connectors.web.segment;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static io.touchpointhub.connectors.web.segment.SegmentPayloads.NOW;
import static io.touchpointhub.connectors.web.segment.SegmentPayloads.SOURCE;
import static io.touchpointhub.connectors.web.segment.SegmentPayloads.json;
import static io.touchpointhub.connectors.web.segment.SegmentPayloads.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The idempotency key (messageId or a derived one) and the occurred-at time with clock-skew correction. */
class SegmentMessageMapperKeyAndTimeTest {

    private final SegmentMessageMapper mapper = SegmentPayloads.mapper();

    @Test
    void usesClientMessageIdAsExternalId() {
        Touchpoint touchpoint = mapper.map(SOURCE, "track", spec("spec-track.json"));

        assertThat(touchpoint.key().externalId()).isEqualTo("ajs-f8ca1e4de5024d9430b3928bd8ac6b96");
    }

    @Test
    void derivesSameKeyWhenSameMessageIsResentWithKeysInAnotherOrder() {
        byte[] first = json("""
                {"userId": "u-1", "event": "Signed Up", "properties": {"plan": "pro", "seats": 3}}""");
        byte[] resent = json("""
                {"properties": {"seats": 3, "plan": "pro"}, "event": "Signed Up", "userId": "u-1",
                 "writeKey": "another-key-same-source"}""");

        String firstId = mapper.map(SOURCE, "track", first).key().externalId();
        String resentId = mapper.map(SOURCE, "track", resent).key().externalId();

        assertThat(firstId).isEqualTo(resentId).matches("hub-sha256:[0-9a-f]{64}");
    }

    @Test
    void derivesDifferentKeysForDifferentMessagesAndEndpoints() {
        byte[] body = json("{\"anonymousId\": \"a-1\", \"name\": \"Home\"}");
        byte[] other = json("{\"anonymousId\": \"a-1\", \"name\": \"Pricing\"}");

        String page = mapper.map(SOURCE, "page", body).key().externalId();
        String screen = mapper.map(SOURCE, "screen", body).key().externalId();
        String otherPage = mapper.map(SOURCE, "page", other).key().externalId();

        assertThat(page).isNotEqualTo(screen).isNotEqualTo(otherPage);
    }

    @Test
    void rejectsClientMessageIdUsingTheReservedPrefix() {
        byte[] body = json("{\"userId\": \"u-1\", \"event\": \"e\", \"messageId\": \"hub-sha256:abc\"}");

        assertThatThrownBy(() -> mapper.map(SOURCE, "track", body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("messageId"));
    }

    @Test
    void rejectsMessageIdOver100CharactersOrBlank() {
        byte[] tooLong = json("{\"userId\": \"u-1\", \"event\": \"e\", \"messageId\": \"" + "m".repeat(101) + "\"}");
        byte[] blank = json("{\"userId\": \"u-1\", \"event\": \"e\", \"messageId\": \" \"}");

        assertThatThrownBy(() -> mapper.map(SOURCE, "track", tooLong))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.rule()).isEqualTo("must be at most 100 characters"));
        assertThatThrownBy(() -> mapper.map(SOURCE, "track", blank))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("messageId"));
    }

    @Test
    void correctsClockSkewOfSpecTrackExampleFromSentAt() {
        // timestamp 19:11:01.249, sentAt 19:11:01.169: it happened 80 ms "after" it was sent.
        Touchpoint touchpoint = mapper.map(SOURCE, "track", spec("spec-track.json"));

        assertThat(touchpoint.occurredAt()).isEqualTo(NOW.plusMillis(80));
        assertThat(touchpoint.receivedAt()).isEqualTo(NOW);
    }

    @Test
    void correctsDeviceClockThatRunsAnHourBehind() {
        byte[] body = json("""
                {"userId": "u-1", "event": "e",
                 "timestamp": "2024-05-01T10:59:30Z", "sentAt": "2024-05-01T11:00:00Z"}""");

        assertThat(mapper.map(SOURCE, "track", body).occurredAt()).isEqualTo(Instant.parse("2024-05-01T11:59:30Z"));
    }

    @Test
    void usesOriginalTimestampWhenTimestampIsMissing() {
        byte[] body = json("""
                {"userId": "u-1", "event": "e", "originalTimestamp": "2024-04-30T08:00:00Z"}""");

        assertThat(mapper.map(SOURCE, "track", body).occurredAt()).isEqualTo(Instant.parse("2024-04-30T08:00:00Z"));
    }

    @Test
    void usesReceiptTimeWhenClientGivesNoEventTime() {
        byte[] withoutTimes = json("{\"userId\": \"u-1\", \"event\": \"e\"}");
        byte[] withSentAtOnly = json("{\"userId\": \"u-1\", \"event\": \"e\", \"sentAt\": \"2001-01-01T00:00:00Z\"}");

        assertThat(mapper.map(SOURCE, "track", withoutTimes).occurredAt()).isEqualTo(NOW);
        assertThat(mapper.map(SOURCE, "track", withSentAtOnly).occurredAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @CsvSource({
            "2012-12-02T00:30:08.276Z,       2012-12-02T00:30:08.276Z",
            "2012-12-02T00:30:08Z,           2012-12-02T00:30:08Z",
            "2012-12-02T01:30:08.276+01:00,  2012-12-02T00:30:08.276Z",
            "2012-12-01T19:30:08.276-05:00,  2012-12-02T00:30:08.276Z",
            "2012-12-02T00:30:08.276,        2012-12-02T00:30:08.276Z",
            "2012-12-02T00:30:08.276123,     2012-12-02T00:30:08.276123Z",
            "2012-12-02T00:30:08.123456789Z, 2012-12-02T00:30:08.123456789Z"})
    void acceptsIso8601TimestampsWithOffsetZuluOrNoOffsetAsUtc(String sent, Instant expected) {
        byte[] body = json("{\"userId\": \"u-1\", \"event\": \"e\", \"timestamp\": \"" + sent + "\"}");

        assertThat(mapper.map(SOURCE, "track", body).occurredAt()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "timestamp,         '\"2015-2-02T00:30:08.276Z\"'",
            "timestamp,         '\"2015-02-30T00:00:00Z\"'",
            "timestamp,         '\"2015-02-03\"'",
            "sentAt,            '\"yesterday\"'",
            "sentAt,            '1449946261169'",
            "originalTimestamp, '\"Sat, 12 Dec 2015 19:11:01 GMT\"'"})
    void rejectsTimestampThatIsNotIso8601NamingTheField(String field, String value) {
        byte[] body = json("{\"userId\": \"u-1\", \"event\": \"e\", \"" + field + "\": " + value + "}");

        assertThatThrownBy(() -> mapper.map(SOURCE, "track", body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.rule()).startsWith("must be an ISO-8601 date-time");
                });
    }

    @Test
    void ignoresReceivedAtSentByTheClient() {
        Touchpoint touchpoint = mapper.map(SOURCE, "page", spec("spec-page.json"));

        assertThat(touchpoint.receivedAt()).isEqualTo(NOW);
        assertThat(touchpoint.occurredAt()).isEqualTo(NOW);
    }
}
