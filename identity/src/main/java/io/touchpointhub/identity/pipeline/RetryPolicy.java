package io.touchpointhub.identity.pipeline;

import java.time.Duration;

/**
 * How often a failing item is retried before it goes to the dead-letter store, and how long it waits
 * between attempts (doubling from {@code initialBackoff} up to {@code maxBackoff}).
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("back-off must be non-negative and initial <= max");
        }
    }

    /** Five attempts, one second doubling to five minutes. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(5));
    }

    /** The wait before the next attempt once {@code failedAttempts} attempts have failed. */
    public Duration backoff(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** True when an item that has now failed {@code failedAttempts} times goes to the dead letters. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
