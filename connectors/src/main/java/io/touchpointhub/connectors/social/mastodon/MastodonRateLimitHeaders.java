package io.touchpointhub.connectors.social.mastodon;

import io.touchpointhub.connectors.social.RateLimitHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Mastodon's rate-limit headers: {@code X-RateLimit-Remaining} (calls left) and {@code X-RateLimit-Reset}
 * (an ISO-8601 time). The reset is the server's clock; it is shifted by the difference between the
 * server's {@code Date} header and the hub's clock, so a skewed clock neither waits too long nor calls
 * too early.
 */
public final class MastodonRateLimitHeaders implements RateLimitHeaders {

    @Override
    public Optional<Status> read(Headers headers, Instant now) {
        Optional<Double> remaining = RateLimitHeaders.number(headers, "X-RateLimit-Remaining");
        String reset = headers.get("X-RateLimit-Reset");
        if (remaining.isEmpty() || reset == null) {
            return Optional.empty();
        }
        try {
            Instant serverReset = Instant.parse(reset.trim());
            Date serverNow = headers.getDate("Date");
            Instant localReset = serverNow == null ? serverReset
                    : now.plus(Duration.between(serverNow.toInstant(), serverReset));
            return Optional.of(new Status(remaining.get(), localReset));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
