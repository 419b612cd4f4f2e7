package io.touchpointhub.search.listening;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import io.touchpointhub.search.SearchCalls;
import io.touchpointhub.search.TouchpointDocument;
import io.touchpointhub.search.index.HubIndices;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Listening reads over the touchpoints index through its alias: mentions, trends, share of voice and
 * top authors. Only analysed touchpoints count (those with a language). Thread-safe.
 */
public final class ListeningSearch {

    /** How far from/size paging reaches (Elasticsearch's default {@code index.max_result_window}). */
    public static final int MAX_DEPTH = 10_000;
    /** Most buckets one trend may have. */
    public static final int MAX_BUCKETS = 2_000;
    private static final String CHANNELS = "channels";

    private final ElasticsearchClient client;
    private final HubIndices indices;

    public ListeningSearch(ElasticsearchClient client, HubIndices indices) {
        this.client = Objects.requireNonNull(client, "client");
        this.indices = Objects.requireNonNull(indices, "indices");
    }

    /** How mentions are ordered. */
    public enum MentionOrder { NEWEST, INFLUENTIAL }

    /** Matching mentions, newest or most influential (largest reach) first. */
    public MentionPage mentions(ListeningFilter filter, MentionOrder order, int page, int size) {
        int from = page * size;
        SearchResponse<TouchpointDocument> response = SearchCalls.execute("Listing mentions",
                () -> client.search(s -> {
                    s.index(indices.touchpointsAlias()).query(filter.query()).from(from).size(size)
                            .trackTotalHits(t -> t.enabled(true));
                    if (order == MentionOrder.INFLUENTIAL) {
                        s.sort(o -> o.field(f -> f.field("reach").order(SortOrder.Desc)));
                    }
                    return s.sort(o -> o.field(f -> f.field("occurredAt").order(SortOrder.Desc)))
                            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Desc)));
                }, TouchpointDocument.class));
        List<Mention> mentions = response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull)
                .map(Mention::of).toList();
        long total = response.hits().total() == null ? mentions.size() : response.hits().total().value();
        return new MentionPage(mentions, total, page, size);
    }

    /**
     * Volume and sentiment per interval, empty intervals included between {@code from} and {@code to}
     * when the filter has them.
     */
    public List<TrendBucket> trends(ListeningFilter filter, TrendInterval interval, boolean byChannel) {
        Map<String, Aggregation> perBucket = new HashMap<>(SentimentStats.aggregations());
        if (byChannel) {
            perBucket.put(CHANNELS, Aggregation.of(a -> a.terms(t -> t.field("channel").size(10))
                    .aggregations(SentimentStats.aggregations())));
        }
        Aggregation histogram = Aggregation.of(a -> a.dateHistogram(h -> {
            h.field("occurredAt").calendarInterval(interval.calendar()).minDocCount(0).timeZone("UTC");
            if (filter.from() != null && filter.to() != null) {
                h.extendedBounds(b -> b.min(FieldDateMath.of(m -> m.expr(filter.from().toString())))
                        .max(FieldDateMath.of(m -> m.expr(filter.to().minusMillis(1).toString()))));
            }
            return h;
        }).aggregations(perBucket));
        Map<String, Aggregate> aggregations = aggregate("Computing a trend", filter.query(), Map.of("trend", histogram));
        List<TrendBucket> buckets = new ArrayList<>();
        aggregations.get("trend").dateHistogram().buckets().array().forEach(b -> buckets.add(new TrendBucket(
                Instant.ofEpochMilli(b.key()), SentimentStats.of(b.docCount(), b.aggregations()),
                byChannel ? channels(b.aggregations().get(CHANNELS)) : null)));
        return buckets;
    }

    /** Mentions and sentiment of each named topic in the period, and its share of their sum. */
    public List<TopicVoice> shareOfVoice(ListeningFilter filter, List<String> topics) {
        if (topics.isEmpty()) {
            return List.of();
        }
        List<FieldValue> names = topics.stream().map(FieldValue::of).toList();
        Query query = Query.of(q -> q.bool(b -> b.filter(filter.query())
                .filter(f -> f.terms(t -> t.field("topics").terms(v -> v.value(names))))));
        Aggregation byTopic = Aggregation.of(a -> a.terms(t -> t.field("topics").size(topics.size())
                .include(i -> i.terms(topics))).aggregations(SentimentStats.aggregations()));
        Map<String, SentimentStats> stats = new HashMap<>();
        aggregate("Computing share of voice", query, Map.of("topics", byTopic)).get("topics").sterms().buckets()
                .array().forEach(b -> stats.put(b.key().stringValue(), SentimentStats.of(b.docCount(), b.aggregations())));
        long sum = stats.values().stream().mapToLong(SentimentStats::volume).sum();
        return topics.stream().map(topic -> {
            SentimentStats s = stats.getOrDefault(topic, SentimentStats.of(0, Map.of()));
            return new TopicVoice(topic, s, sum == 0 ? 0 : Math.round(s.volume() * 10_000.0 / sum) / 10_000.0);
        }).toList();
    }

    /** The most active authors (by mentions, or by reach), with the profile of their latest mention. */
    public List<AuthorStats> authors(ListeningFilter filter, int size, boolean byReach) {
        NamedValue<SortOrder> order = byReach ? NamedValue.of("reach", SortOrder.Desc) : NamedValue.of("_count", SortOrder.Desc);
        Aggregation authors = Aggregation.of(a -> a.terms(t -> t.field("author.key").size(size)
                        .order(List.of(order, NamedValue.of("_key", SortOrder.Asc))))
                .aggregations(Map.of(
                        "reach", Aggregation.of(r -> r.max(m -> m.field("reach"))),
                        CHANNELS, Aggregation.of(c -> c.terms(t -> t.field("channel").size(10))),
                        "latest", Aggregation.of(l -> l.topHits(h -> h.size(1)
                                .sort(o -> o.field(f -> f.field("occurredAt").order(SortOrder.Desc)))
                                .source(src -> src.filter(f -> f.includes("author", "profileId"))))))));
        List<AuthorStats> stats = aggregate("Ranking authors", filter.query(), Map.of("authors", authors))
                .get("authors").sterms().buckets().array().stream().map(ListeningSearch::author).toList();
        return ProfileNames.of(client, indices).fill(stats);
    }

    private static AuthorStats author(StringTermsBucket bucket) {
        Map<String, Aggregate> aggregations = bucket.aggregations();
        List<Hit<co.elastic.clients.json.JsonData>> latest = aggregations.get("latest").topHits().hits().hits();
        Map<?, ?> source = latest.isEmpty() || latest.get(0).source() == null ? Map.of()
                : latest.get(0).source().to(Map.class);
        Map<?, ?> author = source.get("author") instanceof Map<?, ?> m ? m : Map.of();
        double reach = aggregations.get("reach").max().value();
        List<String> channels = aggregations.get(CHANNELS).sterms().buckets().array().stream()
                .map(b -> b.key().stringValue()).toList();
        return new AuthorStats(bucket.key().stringValue(), (String) author.get("handle"), (String) author.get("name"),
                (String) source.get("profileId"), null, bucket.docCount(),
                Double.isFinite(reach) ? (long) reach : 0, channels);
    }

    private static Map<String, SentimentStats> channels(Aggregate aggregate) {
        Map<String, SentimentStats> channels = new LinkedHashMap<>();
        aggregate.sterms().buckets().array().forEach(b ->
                channels.put(b.key().stringValue(), SentimentStats.of(b.docCount(), b.aggregations())));
        return channels;
    }

    private Map<String, Aggregate> aggregate(String action, Query query, Map<String, Aggregation> aggregations) {
        SearchResponse<Void> response = SearchCalls.execute(action, () -> client.search(s -> s
                .index(indices.touchpointsAlias()).query(query).size(0).aggregations(aggregations), Void.class));
        return response.aggregations();
    }
}
