package io.touchpointhub.connectors.web.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand (and sleepers move instead of sleeping), so delays are checked without waiting. */
final class ManualClock extends Clock {

    static final Instant START = Instant.parse("2024-09-04T10:00:00Z");

    private Instant now;

    ManualClock(Instant start) {
        this.now = start;
    }

    synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests use UTC");
    }
}
