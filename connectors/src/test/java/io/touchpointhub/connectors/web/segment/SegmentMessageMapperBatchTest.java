package io.touchpointhub.connectors.web.segment;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.touchpointhub.connectors.web.segment.SegmentPayloads.NOW;
import static io.touchpointhub.connectors.web.segment.SegmentPayloads.SOURCE;
import static io.touchpointhub.connectors.web.segment.SegmentPayloads.json;
import static io.touchpointhub.connectors.web.segment.SegmentPayloads.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** {@code /v1/batch}: good messages mapped, bad ones reported by index, the batch refused only as a whole. */
class SegmentMessageMapperBatchTest {

    private final SegmentMessageMapper mapper = SegmentPayloads.mapper();

    @Test
    void mapsSpecBatchExampleRejectingItsTwoNonIsoTimestamps() {
        SegmentBatch batch = mapper.mapBatch(SOURCE, spec("http-api-batch.json"));

        assertThat(batch.accepted()).extracting(Touchpoint::type, Touchpoint::name, Touchpoint::occurredAt)
                .containsExactly(
                        tuple("identify", null, Instant.parse("2012-12-02T00:30:08.276Z")),
                        tuple("track", "Song Played", Instant.parse("2012-12-02T00:30:12.984Z")));
        assertThat(batch.rejected()).extracting(Rejection::index, Rejection::messageId, Rejection::field)
                .containsExactly(tuple(2, null, "batch[2].timestamp"), tuple(3, null, "batch[3].timestamp"));
    }

    @Test
    void mergesBatchContextIntoEveryMessage() {
        SegmentBatch batch = mapper.mapBatch(SOURCE, spec("http-api-batch.json"));

        assertThat(batch.accepted()).allSatisfy(touchpoint -> assertThat(touchpoint.context())
                .containsExactly(Map.entry("device", Map.of("type", "phone", "name", "Apple iPhone 6"))));
    }

    @Test
    void letsMessageContextWinOverBatchContextKeyByKey() {
        byte[] body = json("""
                {"context": {"library": {"name": "analytics-python", "version": "2.3.2"}, "locale": "en-US"},
                 "batch": [{"type": "track", "userId": "u-1", "event": "e",
                            "context": {"library": {"version": "2.3.3"}, "ip": "8.8.8.8"}}]}""");

        Touchpoint touchpoint = mapper.mapBatch(SOURCE, body).accepted().get(0);

        assertThat(touchpoint.context()).isEqualTo(Map.of(
                "library", Map.of("name", "analytics-python", "version", "2.3.3"),
                "locale", "en-US",
                "ip", "8.8.8.8"));
    }

    @Test
    void correctsClockSkewWithBatchSentAtWhenMessagesHaveNone() {
        byte[] body = json("""
                {"sentAt": "2024-05-01T11:00:00Z",
                 "batch": [{"type": "track", "userId": "u-1", "event": "e", "timestamp": "2024-05-01T10:59:00Z"},
                           {"type": "track", "userId": "u-1", "event": "e", "timestamp": "2024-05-01T10:59:00Z",
                            "sentAt": "2024-05-01T10:59:30Z"}]}""");

        SegmentBatch batch = mapper.mapBatch(SOURCE, body);

        assertThat(batch.accepted()).extracting(Touchpoint::occurredAt)
                .containsExactly(NOW.minusSeconds(60), NOW.minusSeconds(30));
    }

    @Test
    void rejectsEveryMessageWhenBatchSentAtIsNotIso8601() {
        byte[] body = json("""
                {"sentAt": "now", "batch": [{"type": "track", "userId": "u-1", "event": "e"}]}""");

        SegmentBatch batch = mapper.mapBatch(SOURCE, body);

        assertThat(batch.accepted()).isEmpty();
        assertThat(batch.rejected()).extracting(Rejection::index, Rejection::field)
                .containsExactly(tuple(0, "sentAt"));
    }

    @Test
    void rejectsBatchMessageWithUnknownTypeNamingIndex() {
        byte[] body = json("""
                {"batch": [{"type": "track", "userId": "u-1", "event": "e"},
                           {"type": "purchase", "userId": "u-1", "messageId": "m-2"},
                           {"userId": "u-1", "event": "e"}]}""");

        SegmentBatch batch = mapper.mapBatch(SOURCE, body);

        assertThat(batch.accepted()).hasSize(1);
        assertThat(batch.rejected()).extracting(Rejection::index, Rejection::messageId, Rejection::field)
                .containsExactly(tuple(1, "m-2", "batch[1].type"), tuple(2, null, "batch[2].type"));
        assertThat(batch.rejected().get(0).rule()).contains("identify, track, page, screen, group, alias");
    }

    @Test
    void rejectsBatchMessageWithoutUserIdOrAnonymousIdNamingIndex() {
        byte[] body = json("""
                {"batch": [{"type": "page", "name": "Home", "messageId": "m-1"},
                           {"type": "page", "name": "Home", "anonymousId": "a-1"}]}""");

        SegmentBatch batch = mapper.mapBatch(SOURCE, body);

        assertThat(batch.accepted()).extracting(Touchpoint::type).containsExactly("page");
        assertThat(batch.rejected()).containsExactly(
                new Rejection(0, "m-1", "batch[0].userId/anonymousId", "a message needs a non-blank userId or anonymousId"));
    }

    @Test
    void rejectsBatchMessageOver32KbOnceSerialisedKeepingTheOthers() {
        String padding = "x".repeat(32_768);
        byte[] body = json("{\"batch\": [{\"type\": \"track\", \"userId\": \"u-1\", \"event\": \"e\"},"
                + "{\"type\": \"track\", \"userId\": \"u-1\", \"event\": \"e\", \"properties\": {\"p\": \"" + padding + "\"}}]}");

        SegmentBatch batch = mapper.mapBatch(SOURCE, body);

        assertThat(batch.accepted()).hasSize(1);
        assertThat(batch.rejected()).extracting(Rejection::field, Rejection::rule)
                .containsExactly(tuple("batch[1]", "must not exceed 32 KB (32768 bytes)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "\"track\"", "null", "[]"})
    void rejectsBatchElementThatIsNotAnObject(String element) {
        byte[] body = json("{\"batch\": [" + element + "]}");

        assertThat(mapper.mapBatch(SOURCE, body).rejected()).extracting(Rejection::field, Rejection::rule)
                .containsExactly(tuple("batch[0]", "must be a JSON object"));
    }

    @Test
    void rejectsMessagesBeyondThe2500thKeepingTheFirst2500() {
        String message = "{\"type\": \"track\", \"userId\": \"u-1\", \"event\": \"e\"}";
        byte[] body = json(IntStream.range(0, 2501).mapToObj(i -> message)
                .collect(Collectors.joining(",", "{\"batch\": [", "]}")));

        SegmentBatch batch = mapper.mapBatch(SOURCE, body);

        assertThat(batch.accepted()).hasSize(2500);
        assertThat(batch.rejected()).extracting(Rejection::index, Rejection::field)
                .containsExactly(tuple(2500, "batch[2500]"));
    }

    @Test
    void rejectsWholeBatchOver500Kb() {
        byte[] body = json("{\"batch\": [], \"padding\": \"" + "x".repeat(512_000) + "\"}");

        assertThatThrownBy(() -> mapper.mapBatch(SOURCE, body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.rule()).isEqualTo("must not exceed 500 KB (512000 bytes)");
                });
    }

    @Test
    void rejectsWholeBatchWithMalformedJson() {
        assertThatThrownBy(() -> mapper.mapBatch(SOURCE, json("{\"batch\": [{\"type\": \"track\",]}")))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("body"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"batch\": null}", "{\"batch\": {\"type\": \"track\"}}", "{\"batch\": \"[]\"}"})
    void rejectsWholeBatchWithoutBatchArray(String body) {
        assertThatThrownBy(() -> mapper.mapBatch(SOURCE, json(body)))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("batch");
                    assertThat(e.rule()).isEqualTo("is required and must be a JSON array");
                });
    }

    @Test
    void mapsEmptyBatchToNothing() {
        SegmentBatch batch = mapper.mapBatch(SOURCE, json("{\"batch\": []}"));

        assertThat(batch.accepted()).isEmpty();
        assertThat(batch.rejected()).isEmpty();
    }

    @Test
    void derivesSameKeyForMessageSentAloneOrInBatch() {
        String message = "{\"type\": \"track\", \"anonymousId\": \"a-1\", \"event\": \"Video Played\"}";

        String alone = mapper.map(SOURCE, "track", json(message)).key().externalId();
        String batched = mapper.mapBatch(SOURCE, json("{\"batch\": [" + message + "]}"))
                .accepted().get(0).key().externalId();

        assertThat(batched).isEqualTo(alone);
    }
}
