package io.touchpointhub.search.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.touchpointhub.search.SearchCalls;
import io.touchpointhub.search.index.HubIndices;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the listening fields the NLP stage writes to the {@code touchpoints} index ({@code topics},
 * {@code sentiment.label}) for alerts. Counts come from one {@code date_histogram} with a {@code filter}
 * sub-aggregation per request (no scripts), so a check costs one request per topic and window kind.
 * Before the NLP stage has written any of these fields the queries match nothing and every count is 0.
 * Thread-safe.
 */
public final class TopicActivity {

    public static final int EXCERPT_LENGTH = 280;
    public static final int MAX_INTERVALS = 1000;
    public static final int MAX_HITS = 1000;
    static final String NEGATIVE = "negative";
    private static final String[] FIELDS = {"id", "profileId", "channel", "occurredAt", "receivedAt", "text"};

    private final ElasticsearchClient client;
    private final HubIndices indices;

    public TopicActivity(ElasticsearchClient client, HubIndices indices) {
        this.client = Objects.requireNonNull(client, "client");
        this.indices = Objects.requireNonNull(indices, "indices");
    }

    /**
     * Mentions of {@code topic} per interval for the {@code intervals} consecutive intervals that end at
     * {@code end} (exclusive), oldest first; intervals without mentions count 0.
     */
    public List<IntervalCount> counts(String topic, Instant end, Duration interval, int intervals) {
        Objects.requireNonNull(topic, "topic");
        long step = interval.toMillis();
        if (step < 1000 || intervals < 1 || intervals > MAX_INTERVALS) {
            throw new IllegalArgumentException("need an interval of at least 1s and 1 to " + MAX_INTERVALS + " intervals");
        }
        Instant start = end.minusMillis(step * intervals);
        // buckets of a fixed interval start at multiples of it from the epoch, shifted by the offset
        long offset = Math.floorMod(start.toEpochMilli(), step);
        Query query = inTopic(topic, start, end);
        SearchResponse<Void> response = SearchCalls.execute("Counting topic mentions",
                () -> client.search(s -> s.index(indices.touchpointsAlias()).size(0).query(query)
                        .aggregations("intervals", a -> a
                                .dateHistogram(h -> h.field("occurredAt")
                                        .fixedInterval(t -> t.time(step + "ms"))
                                        .offset(t -> t.time(offset + "ms"))
                                        .minDocCount(0))
                                .aggregations("negative", n -> n.filter(isNegative()))), Void.class));
        long[] mentions = new long[intervals];
        long[] negative = new long[intervals];
        for (DateHistogramBucket bucket : response.aggregations().get("intervals").dateHistogram().buckets().array()) {
            long index = (bucket.key() - start.toEpochMilli()) / step;
            if (index >= 0 && index < intervals) {
                mentions[(int) index] = bucket.docCount();
                negative[(int) index] = bucket.aggregations().get("negative").filter().docCount();
            }
        }
        List<IntervalCount> counts = new ArrayList<>(intervals);
        for (int i = 0; i < intervals; i++) {
            counts.add(new IntervalCount(start.plusMillis(step * i), mentions[i], negative[i]));
        }
        return counts;
    }

    /** The newest mentions of {@code topic} that occurred in {@code [from, to)}, optionally only negative ones. */
    public List<Mention> sample(String topic, Instant from, Instant to, boolean negativeOnly, int size) {
        requireSize(size);
        Query topicQuery = inTopic(topic, from, to);
        Query query = negativeOnly ? Query.of(q -> q.bool(b -> b.filter(topicQuery, isNegative()))) : topicQuery;
        return mentions("Sampling topic mentions", query, "occurredAt", SortOrder.Desc, size);
    }

    /**
     * Negative touchpoints resolved to a profile and received in {@code [from, to)}, oldest received
     * first: the candidates of customer-at-risk alerts.
     */
    public List<Mention> negativeReceived(Instant from, Instant to, int size) {
        requireSize(size);
        Query query = Query.of(q -> q.bool(b -> b
                .filter(isNegative())
                .filter(f -> f.exists(e -> e.field("profileId")))
                .filter(f -> f.range(r -> r.date(d -> d.field("receivedAt").gte(from.toString()).lt(to.toString()))))));
        return mentions("Finding negative touchpoints", query, "receivedAt", SortOrder.Asc, size);
    }

    private List<Mention> mentions(String action, Query query, String sortField, SortOrder order, int size) {
        SearchResponse<Source> response = SearchCalls.execute(action,
                () -> client.search(s -> s.index(indices.touchpointsAlias()).query(query).size(size)
                        .source(src -> src.filter(f -> f.includes(List.of(FIELDS))))
                        .sort(o -> o.field(f -> f.field(sortField).order(order)))
                        .sort(o -> o.field(f -> f.field("id").order(order))), Source.class));
        return response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).map(Source::mention).toList();
    }

    private static Query inTopic(String topic, Instant from, Instant to) {
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("topics").value(FieldValue.of(topic))))
                .filter(f -> f.range(r -> r.date(d -> d.field("occurredAt").gte(from.toString()).lt(to.toString()))))));
    }

    private static Query isNegative() {
        return Query.of(q -> q.term(t -> t.field("sentiment.label").value(NEGATIVE)));
    }

    private static void requireSize(int size) {
        if (size < 1 || size > MAX_HITS) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_HITS + ": " + size);
        }
    }

    /** The fields of a touchpoint document an alert needs. */
    record Source(long id, String profileId, String channel, Instant occurredAt, Instant receivedAt, String text) {

        Mention mention() {
            return new Mention(id, profileId, channel, occurredAt, receivedAt, excerpt(text));
        }
    }

    /** The start of a text, cut at a word boundary where one is near, whitespace runs collapsed. */
    static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= EXCERPT_LENGTH) {
            return flat;
        }
        String cut = flat.substring(0, EXCERPT_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        return (space > EXCERPT_LENGTH * 3 / 4 ? cut.substring(0, space) : cut) + "…";
    }
}
