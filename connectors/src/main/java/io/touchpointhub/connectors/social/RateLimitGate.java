package io.touchpointhub.connectors.social;

import io.touchpointhub.connectors.TransientConnectorException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Keeps one backend's calls within the rate limit the platform announces. After a response says no
 * calls remain, or after an HTTP 429, the gate stays closed until the announced reset: a call that
 * comes earlier waits for the reset when that is at most {@code maxWait} away, and otherwise fails at
 * once with {@link RateLimitedException} without touching the network, so a rate-limited platform is
 * never hammered. Thread-safe.
 */
public final class RateLimitGate {

    /** How long to keep away after a 429 that announces no reset at all. */
    static final Duration UNANNOUNCED_RESET = Duration.ofSeconds(60);

    private final RateLimitHeaders headers;
    private final Duration maxWait;
    private final Clock clock;
    private volatile Instant closedUntil = Instant.EPOCH;

    public RateLimitGate(RateLimitHeaders headers, Duration maxWait, Clock clock) {
        this.headers = Objects.requireNonNull(headers, "headers");
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Waits until the gate is open, or throws when that is more than {@code maxWait} away. */
    void awaitTurn(String what) {
        Instant until = closedUntil;
        Duration wait = Duration.between(clock.instant(), until);
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        if (wait.compareTo(maxWait) > 0) {
            throw new RateLimitedException(what + " is rate-limited until " + until, until);
        }
        try {
            Thread.sleep(wait.toMillis() + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientConnectorException(what + " was interrupted waiting for its rate limit", e);
        }
    }

    /** Closes the gate until the reset when a successful response says nothing remains. */
    void observe(Headers response) {
        headers.read(response, clock.instant())
                .filter(status -> status.remaining() < 1)
                .ifPresent(status -> closeUntil(status.reset()));
    }

    /**
     * Closes the gate after an HTTP 429: until the announced reset, else {@code Retry-After}, else
     * {@link #UNANNOUNCED_RESET} from now.
     *
     * @return when calls are allowed again
     */
    Instant limited(Headers response) {
        Instant now = clock.instant();
        Instant until = headers.read(response, now).map(RateLimitHeaders.Status::reset).filter(now::isBefore)
                .or(() -> retryAfter(response, now))
                .orElse(now.plus(UNANNOUNCED_RESET));
        closeUntil(until);
        return until;
    }

    /** When calls are allowed again ({@link Instant#EPOCH} when they are now). */
    public Instant closedUntil() {
        return closedUntil;
    }

    private synchronized void closeUntil(Instant until) {
        if (until.isAfter(closedUntil)) {
            closedUntil = until;
        }
    }

    private static Optional<Instant> retryAfter(Headers response, Instant now) {
        Optional<Double> seconds = RateLimitHeaders.number(response, "Retry-After");
        if (seconds.isPresent()) {
            return Optional.of(now.plusMillis((long) (seconds.get() * 1000)));
        }
        Date date = response.getDate("Retry-After");
        return Optional.ofNullable(date).map(Date::toInstant).filter(now::isBefore);
    }
}
