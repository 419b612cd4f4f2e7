package io.touchpointhub.connectors.web.segment;

import io.touchpointhub.connectors.InvalidTouchpointException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.touchpointhub.connectors.web.segment.SegmentPayloads.SOURCE;
import static io.touchpointhub.connectors.web.segment.SegmentPayloads.json;
import static io.touchpointhub.connectors.web.segment.SegmentPayloads.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The raw HTTP body of a single call: size limit, JSON syntax, and the write key some SDKs put in it. */
class SegmentMessageMapperBodyTest {

    private final SegmentMessageMapper mapper = SegmentPayloads.mapper();

    @Test
    void acceptsSingleCallBodyOfExactly32Kb() {
        byte[] body = trackBodyOfSize(32_768);

        assertThat(mapper.map(SOURCE, "track", body).name()).isEqualTo("Padded");
    }

    @Test
    void rejectsSingleCallBodyOver32KbNamingTheLimit() {
        byte[] body = trackBodyOfSize(32_769);

        assertThatThrownBy(() -> mapper.map(SOURCE, "track", body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.rule()).isEqualTo("must not exceed 32 KB (32768 bytes)");
                });
    }

    @Test
    void rejectsMalformedJsonNamingTheProblemWithoutEchoingThePayload() {
        byte[] body = json("{\"userId\": secret-user-7, \"event\": \"Signed Up\"}");

        assertThatThrownBy(() -> mapper.map(SOURCE, "track", body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.rule()).startsWith("must be valid JSON (unexpected character at line 1, column ");
                    assertThat(e.getMessage()).doesNotContain("secret");
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void rejectsTruncatedJsonAsUnexpectedEnd() {
        byte[] body = json("{\"userId\": \"secret-user-7\", \"event\": ");

        assertThatThrownBy(() -> mapper.map(SOURCE, "track", body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.rule()).contains("unexpected end of input").doesNotContain("secret");
                });
    }

    @Test
    void rejectsContentAfterTheJsonObject() {
        byte[] body = json("{\"userId\": \"u-1\", \"event\": \"e\"} {\"userId\": \"u-2\"}");

        assertThatThrownBy(() -> mapper.map(SOURCE, "track", body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.rule()).contains("unexpected content after the JSON value");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"userId\": \"u-1\"}]", "\"track\"", "42", "null", "", "   "})
    void rejectsBodyThatIsNotAJsonObject(String body) {
        assertThatThrownBy(() -> mapper.map(SOURCE, "track", json(body)))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.rule()).isEqualTo("must be a JSON object");
                });
    }

    @Test
    void findsWriteKeyOfSpecExampleInBody() {
        assertThat(mapper.writeKeyInBody(spec("http-api-identify.json"))).isEqualTo("YOUR_WRITE_KEY");
        assertThat(mapper.writeKeyInBody(spec("http-api-batch.json"))).isEqualTo("YOUR_WRITE_KEY");
    }

    @Test
    void findsOnlyTopLevelWriteKey() {
        byte[] body = json("""
                {"properties": {"writeKey": "nested"}, "batch": [{"writeKey": "in-message"}], "writeKey": "top"}""");

        assertThat(mapper.writeKeyInBody(body)).isEqualTo("top");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"userId\": \"u-1\"}",
            "{\"writeKey\": 12345}",
            "{\"writeKey\": \"  \"}",
            "{\"writeKey\": ",
            "[\"writeKey\"]",
            "not json"})
    void findsNoWriteKeyWhenAbsentBlankNotTextOrUnparseable(String body) {
        assertThat(mapper.writeKeyInBody(json(body))).isNull();
    }

    /** A track call padded through a property to exactly {@code size} bytes. */
    private static byte[] trackBodyOfSize(int size) {
        String head = "{\"userId\": \"u-1\", \"event\": \"Padded\", \"properties\": {\"padding\": \"";
        String tail = "\"}}";
        return json(head + "x".repeat(size - head.length() - tail.length()) + tail);
    }
}
