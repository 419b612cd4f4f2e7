package io.touchpointhub.connectors.social;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import java.util.Objects;

/**
 * The Resilience4j instances guarding one backend, configured by {@code routes} under
 * {@code resilience4j.*}. The retry must retry {@link io.touchpointhub.connectors.TransientConnectorException}
 * only (its {@code retry-exceptions}), and the breaker should record only those too: a 401 or 404 is
 * not an outage.
 */
public record Resilience(CircuitBreaker circuitBreaker, Retry retry, RateLimiter rateLimiter) {

    public Resilience {
        Objects.requireNonNull(circuitBreaker, "circuitBreaker");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(rateLimiter, "rateLimiter");
    }
}
