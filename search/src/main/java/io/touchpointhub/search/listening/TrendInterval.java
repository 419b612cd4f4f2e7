package io.touchpointhub.search.listening;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import java.time.Duration;

/** The width of a trend's buckets (UTC calendar intervals; weeks start on Monday). */
public enum TrendInterval {
    HOUR(CalendarInterval.Hour, Duration.ofHours(1)),
    DAY(CalendarInterval.Day, Duration.ofDays(1)),
    WEEK(CalendarInterval.Week, Duration.ofDays(7));

    private final CalendarInterval calendar;
    private final Duration length;

    TrendInterval(CalendarInterval calendar, Duration length) {
        this.calendar = calendar;
        this.length = length;
    }

    CalendarInterval calendar() {
        return calendar;
    }

    /** The nominal length, to bound how many buckets a period needs. */
    public Duration length() {
        return length;
    }
}
