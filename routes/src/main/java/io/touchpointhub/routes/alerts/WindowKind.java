package io.touchpointhub.routes.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The windows a spike check compares: the last hour against the hours before, the last day against the days before. */
public enum WindowKind {
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1));

    private final Duration length;

    WindowKind(Duration length) {
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    /** The end of the last complete window at {@code at}: both kinds end on a full UTC hour. */
    public static Instant windowEnd(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WindowKind fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
