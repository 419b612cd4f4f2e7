package io.touchpointhub.connectors.social;

import io.touchpointhub.connectors.TransientConnectorException;
import java.time.Instant;
import java.util.Optional;

/**
 * The platform's rate limit (HTTP 429 or an exhausted {@code X-RateLimit-Remaining}) or the hub's own
 * rate limiter allows no call now, and waiting for it would block the poll for too long. Polls stop
 * and try again later; nothing is called before {@link #retryAt()}.
 */
public class RateLimitedException extends TransientConnectorException {

    private final transient Instant retryAt;

    /** @param retryAt when calls are allowed again, or {@code null} when the platform did not say */
    public RateLimitedException(String message, Instant retryAt) {
        super(message);
        this.retryAt = retryAt;
    }

    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }
}
