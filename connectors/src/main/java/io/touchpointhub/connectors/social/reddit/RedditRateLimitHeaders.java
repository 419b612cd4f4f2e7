package io.touchpointhub.connectors.social.reddit;

import io.touchpointhub.connectors.social.RateLimitHeaders;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reddit's rate-limit headers: {@code X-Ratelimit-Remaining} as a decimal ({@code "598.0"}) and
 * {@code X-Ratelimit-Reset} as seconds until the window resets, so no clock skew is involved.
 */
public final class RedditRateLimitHeaders implements RateLimitHeaders {

    @Override
    public Optional<Status> read(Headers headers, Instant now) {
        Optional<Double> remaining = RateLimitHeaders.number(headers, "X-Ratelimit-Remaining");
        Optional<Double> reset = RateLimitHeaders.number(headers, "X-Ratelimit-Reset");
        if (remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Status(remaining.get(), now.plusMillis((long) (reset.get() * 1000))));
    }
}
