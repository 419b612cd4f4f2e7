package io.touchpointhub.routes.listening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.routes.web.InvalidFieldException;
import io.touchpointhub.search.listening.AuthorStats;
import io.touchpointhub.search.listening.ListeningFilter;
import io.touchpointhub.search.listening.ListeningSearch;
import io.touchpointhub.search.listening.MentionPage;
import io.touchpointhub.search.listening.SentimentStats;
import io.touchpointhub.search.listening.TopicVoice;
import io.touchpointhub.search.listening.TrendBucket;
import io.touchpointhub.search.listening.TrendInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The listening reads: mentions, trends, share of voice and top authors, from the touchpoints index. */
@RestController
@RequestMapping("/api/listening")
@Tag(name = "Listening", description = "What is said about tracked topics: mentions, trends, share of voice, authors")
class ListeningController {

    private static final Duration DEFAULT_TREND_PERIOD = Duration.ofDays(30);

    private final ListeningSearch search;
    private final TrackedTopics topics;

    ListeningController(ListeningSearch search, TrackedTopics topics) {
        this.search = search;
        this.topics = topics;
    }

    @Operation(summary = "Analysed touchpoints matching the filters, newest or most influential first")
    @GetMapping("/mentions")
    MentionPage mentions(@RequestParam(required = false) String topic, @RequestParam(required = false) String channel,
                         @RequestParam(required = false) String sentiment, @RequestParam(required = false) String language,
                         @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                         @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        ListeningFilter filter = ListeningParameters.filter(topic, channel, sentiment, language, from, to, q);
        String order = ListeningParameters.oneOf("sort", sort, "newest", Set.of("newest", "influential"));
        ListeningParameters.page(page, size, 100);
        return search.mentions(filter, ListeningSearch.MentionOrder.valueOf(order.toUpperCase(Locale.ROOT)), page, size);
    }

    @Operation(summary = "Mention volume and sentiment per hour, day or week (default: the last 30 days by day)")
    @GetMapping("/trends")
    Map<String, Object> trends(@RequestParam(required = false) String topic, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String interval,
                               @RequestParam(required = false) String channel,
                               @RequestParam(defaultValue = "false") boolean byChannel) {
        ListeningFilter given = ListeningParameters.filter(topic, channel, null, null, from, to, null);
        TrendInterval width = TrendInterval.valueOf(ListeningParameters.oneOf("interval", interval, "day",
                Set.of("hour", "day", "week")).toUpperCase(Locale.ROOT));
        Instant end = given.to() != null ? given.to() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant start = given.from() != null ? given.from() : end.minus(DEFAULT_TREND_PERIOD);
        if (!start.isBefore(end)) {
            throw new InvalidFieldException("from", "must be before to");
        }
        if (Duration.between(start, end).dividedBy(width.length()) > ListeningSearch.MAX_BUCKETS) {
            throw new InvalidFieldException("interval", "gives more than " + ListeningSearch.MAX_BUCKETS
                    + " buckets for this period; use a wider interval or a shorter period");
        }
        ListeningFilter filter = new ListeningFilter(given.topic(), given.channel(), null, null, start, end, null);
        List<Map<String, Object>> buckets = search.trends(filter, width, byChannel).stream()
                .map(ListeningController::bucket).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("interval", width.name().toLowerCase(Locale.ROOT));
        answer.put("from", start);
        answer.put("to", end);
        answer.put("buckets", buckets);
        return answer;
    }

    @Operation(summary = "Our brands against competitors (kind=brand), or the topics of another kind: counts, shares, sentiment")
    @GetMapping("/share-of-voice")
    Map<String, Object> shareOfVoice(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String channel) {
        ListeningFilter filter = ListeningParameters.filter(null, channel, null, null, from, to, null);
        String compared = ListeningParameters.oneOf("kind", kind, "brand", TopicRules.KINDS);
        List<TopicDefinition> definitions = topics.all().stream()
                .filter(t -> t.kind().equals(compared) || ("brand".equals(compared) && "competitor".equals(t.kind())))
                .toList();
        Map<String, String> kinds = new LinkedHashMap<>();
        definitions.forEach(t -> kinds.put(t.name(), t.kind()));
        List<TopicVoice> voices = search.shareOfVoice(filter, List.copyOf(kinds.keySet()));
        long total = voices.stream().mapToLong(v -> v.stats().volume()).sum();
        List<Map<String, Object>> rows = voices.stream().map(v -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("topic", v.topic());
            row.put("kind", kinds.get(v.topic()));
            row.put("share", v.share());
            row.putAll(stats(v.stats()));
            return row;
        }).toList();
        return Map.of("kind", compared, "total", total, "topics", rows);
    }

    @Operation(summary = "The most active authors by mentions (or reach), with the profile identity resolution linked")
    @GetMapping("/authors")
    Map<String, Object> authors(@RequestParam(required = false) String topic, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to, @RequestParam(required = false) String channel,
                                @RequestParam(required = false) String sort, @RequestParam(defaultValue = "10") int size) {
        ListeningFilter filter = ListeningParameters.filter(topic, channel, null, null, from, to, null);
        String order = ListeningParameters.oneOf("sort", sort, "volume", Set.of("volume", "reach"));
        if (size < 1 || size > 100) {
            throw new InvalidFieldException("size", "must be between 1 and 100");
        }
        List<AuthorStats> authors = search.authors(filter, size, "reach".equals(order));
        return Map.of("authors", authors);
    }

    private static Map<String, Object> bucket(TrendBucket bucket) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("start", bucket.start());
        view.putAll(stats(bucket.stats()));
        if (bucket.channels() != null) {
            Map<String, Object> channels = new LinkedHashMap<>();
            bucket.channels().forEach((channel, stats) -> channels.put(channel, stats(stats)));
            view.put("channels", channels);
        }
        return view;
    }

    private static Map<String, Object> stats(SentimentStats stats) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("volume", stats.volume());
        view.put("sentiment", stats.labels());
        view.put("meanScore", stats.meanScore());
        return view;
    }
}
