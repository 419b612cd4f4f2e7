package io.touchpointhub.connectors.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The MIME samples under {@code src/test/resources/email/} (see generate_samples.py there). */
final class EmailSamples {

    static final String MAILBOX = "support";
    static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    private EmailSamples() {
    }

    static EmailMessageMapper mapper() {
        return new EmailMessageMapper(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The sample's bytes as the mapper's payload, as the route hands them over. */
    static String payload(String sample) {
        return EmailPayload.of(bytes(sample));
    }

    static byte[] bytes(String sample) {
        try (InputStream in = EmailSamples.class.getResourceAsStream("/email/" + sample)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + sample);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
