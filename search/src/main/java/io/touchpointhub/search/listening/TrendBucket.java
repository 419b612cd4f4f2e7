package io.touchpointhub.search.listening;

import java.time.Instant;
import java.util.Map;

/**
 * One interval of a trend.
 *
 * @param start    the interval's start (UTC)
 * @param stats    volume and sentiment in the interval
 * @param channels the same per channel, when asked for; else {@code null}
 */
public record TrendBucket(Instant start, SentimentStats stats, Map<String, SentimentStats> channels) {
}
