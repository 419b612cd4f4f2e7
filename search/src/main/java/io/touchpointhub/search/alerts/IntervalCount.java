package io.touchpointhub.search.alerts;

import java.time.Instant;

/**
 * Mentions of a topic in one interval {@code [start, start + interval)} of {@code occurredAt}.
 *
 * @param mentions touchpoints carrying the topic
 * @param negative those among them whose {@code sentiment.label} is {@code negative}
 */
public record IntervalCount(Instant start, long mentions, long negative) {

    public IntervalCount {
        if (mentions < 0 || negative < 0 || negative > mentions) {
            throw new IllegalArgumentException("need 0 <= negative <= mentions");
        }
    }

    /** The negative share, or 0 when the interval has no mentions. */
    public double negativeShare() {
        return mentions == 0 ? 0 : (double) negative / mentions;
    }
}
