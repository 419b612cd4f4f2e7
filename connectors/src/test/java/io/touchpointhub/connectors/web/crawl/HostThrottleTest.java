package io.touchpointhub.connectors.web.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-host delay, checked on a manual clock: the waits asked for, not real time. */
class HostThrottleTest {

    private final ManualClock clock = new ManualClock(ManualClock.START);
    private final List<Duration> waits = new ArrayList<>();
    private final HostThrottle throttle = new HostThrottle(Duration.ofSeconds(2), clock, d -> {
        waits.add(d);
        clock.advance(d);
    });

    @Test
    void firstRequestToAHostStartsAtOnce() {
        throttle.acquire("blog.example.com", Duration.ZERO);

        assertThat(waits).isEmpty();
    }

    @Test
    void nextRequestToTheSameHostWaitsTheMinimumDelay() {
        throttle.acquire("blog.example.com", Duration.ZERO);
        throttle.acquire("BLOG.example.com", Duration.ZERO);
        throttle.acquire("blog.example.com", Duration.ZERO);

        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void requestsToOtherHostsDoNotWait() {
        throttle.acquire("blog.example.com", Duration.ZERO);
        throttle.acquire("forum.example.com", Duration.ZERO);

        assertThat(waits).isEmpty();
    }

    @Test
    void timeAlreadyPassedCountsTowardsTheDelay() {
        throttle.acquire("blog.example.com", Duration.ZERO);
        clock.advance(Duration.ofMillis(1500));
        throttle.acquire("blog.example.com", Duration.ZERO);

        assertThat(waits).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void longerRobotsCrawlDelayWins() {
        throttle.acquire("blog.example.com", Duration.ofSeconds(10));
        throttle.acquire("blog.example.com", Duration.ofSeconds(10));

        assertThat(waits).containsExactly(Duration.ofSeconds(10));
    }
}
