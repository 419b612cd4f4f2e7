package io.touchpointhub.connectors.social;

import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/**
 * How a platform announces its rate limit in response headers. Platforms agree on the names
 * ({@code X-RateLimit-Remaining}, {@code X-RateLimit-Reset}) but not on the values: Mastodon gives the
 * reset as an ISO-8601 time, Reddit as seconds from now and the remaining count as a decimal.
 */
@FunctionalInterface
public interface RateLimitHeaders {

    /** The state the headers announce, or empty when they announce none. */
    Optional<Status> read(Headers headers, Instant now);

    /**
     * @param remaining calls left in the current window
     * @param reset     when the window resets
     */
    record Status(double remaining, Instant reset) {
    }

    /** Reads a header as a number, or empty when it is absent or not a number. */
    static Optional<Double> number(Headers headers, String name) {
        String value = headers.get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
