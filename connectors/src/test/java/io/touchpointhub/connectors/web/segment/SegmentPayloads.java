package io.touchpointhub.connectors.web.segment;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fixtures shared by the Segment mapper tests: the spec's example payloads and a fixed clock. */
final class SegmentPayloads {

    /** Receipt time of every call in the tests. */
    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    static final String SOURCE = "acme-web";

    private SegmentPayloads() {
    }

    static SegmentMessageMapper mapper() {
        return new SegmentMessageMapper(new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** One of the example payloads of the Segment docs, see {@code segment-spec/README.md}. */
    static byte[] spec(String name) {
        try (InputStream in = SegmentPayloads.class.getResourceAsStream("/segment-spec/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No spec payload " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
