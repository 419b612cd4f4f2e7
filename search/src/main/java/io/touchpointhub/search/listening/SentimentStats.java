package io.touchpointhub.search.listening;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Volume and sentiment of a set of mentions: counts per label and the mean score ({@code null} when empty).
 */
public record SentimentStats(long volume, Map<String, Long> labels, Double meanScore) {

    static final String LABELS = "labels";
    static final String MEAN = "mean_score";

    /** The sub-aggregations every bucket carries. */
    static Map<String, Aggregation> aggregations() {
        return Map.of(
                LABELS, Aggregation.of(a -> a.terms(t -> t.field("sentiment.label").size(3))),
                MEAN, Aggregation.of(a -> a.avg(v -> v.field("sentiment.score"))));
    }

    static SentimentStats of(long volume, Map<String, Aggregate> aggregations) {
        Map<String, Long> labels = new LinkedHashMap<>();
        labels.put("negative", 0L);
        labels.put("neutral", 0L);
        labels.put("positive", 0L);
        if (aggregations.containsKey(LABELS)) {
            aggregations.get(LABELS).sterms().buckets().array()
                    .forEach(b -> labels.put(b.key().stringValue(), b.docCount()));
        }
        double mean = aggregations.containsKey(MEAN) ? aggregations.get(MEAN).avg().value() : Double.NaN;
        return new SentimentStats(volume, labels, volume == 0 || Double.isNaN(mean) ? null : round(mean));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
