package io.touchpointhub.connectors.web.crawl;

import io.touchpointhub.connectors.TransientConnectorException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The per-host rate limit: requests to one host start at least {@code minDelay} apart (or the host's
 * robots.txt {@code Crawl-delay}, when longer), whichever site or thread asks. Each caller reserves
 * the next free slot and then waits for it, so callers for different hosts never wait for each other.
 *
 * <p>Time comes from a {@link Clock} and waiting goes through a {@link Sleeper}, so tests check the
 * delays without sleeping.
 */
public final class HostThrottle {

    /** Waits; {@code Thread::sleep} in production. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        static Sleeper system() {
            return duration -> Thread.sleep(duration.toMillis());
        }
    }

    /** Past this many hosts, slots already passed are forgotten, so the map cannot grow without bound. */
    private static final int PRUNE_THRESHOLD = 1_000;

    private final Duration minDelay;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> nextSlot = new HashMap<>();

    public HostThrottle(Duration minDelay, Clock clock, Sleeper sleeper) {
        this.minDelay = Objects.requireNonNull(minDelay, "minDelay");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Waits until a request to {@code host} is polite.
     *
     * @param crawlDelay the host's robots.txt crawl delay, or {@link Duration#ZERO}
     * @throws TransientConnectorException when interrupted while waiting (the hub is stopping)
     */
    public void acquire(String host, Duration crawlDelay) {
        Duration wait = reserve(host.toLowerCase(Locale.ROOT), crawlDelay.compareTo(minDelay) > 0 ? crawlDelay : minDelay);
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientConnectorException("Interrupted while waiting to fetch from " + host, e);
        }
    }

    private synchronized Duration reserve(String host, Duration delay) {
        Instant now = clock.instant();
        if (nextSlot.size() > PRUNE_THRESHOLD) {
            nextSlot.values().removeIf(slot -> slot.isBefore(now));
        }
        Instant slot = nextSlot.getOrDefault(host, now);
        if (slot.isBefore(now)) {
            slot = now;
        }
        nextSlot.put(host, slot.plus(delay));
        return Duration.between(now, slot);
    }
}
