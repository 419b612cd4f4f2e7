package io.touchpointhub.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import io.touchpointhub.search.EmbeddedSearch;
import io.touchpointhub.search.index.HubIndices;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Against a real embedded node, with touchpoint documents carrying the fields the NLP stage writes
 * ({@code topics}, {@code sentiment.label}), added to the mapping here as the NLP stage's mapping does.
 */
class TopicActivityIT {

    @RegisterExtension
    static final EmbeddedSearch ES = new EmbeddedSearch();

    private static final Instant END = Instant.parse("2026-03-10T14:00:00Z");
    private HubIndices indices;
    private TopicActivity activity;
    private long nextId = 1;

    @BeforeEach
    void createIndices() throws IOException {
        indices = ES.freshIndices();
        ES.client().indices().putMapping(m -> m.index(indices.touchpointsAlias())
                .properties("topics", p -> p.keyword(k -> k))
                .properties("language", p -> p.keyword(k -> k))
                .properties("sentiment", p -> p.object(o -> o
                        .properties("label", l -> l.keyword(k -> k))
                        .properties("score", s -> s.float_(f -> f)))));
        activity = new TopicActivity(ES.client(), indices);
    }

    @Test
    void countsMentionsAndNegativesPerHourOldestFirstWithEmptyHoursAsZero() throws IOException {
        index(post("acme", "negative", END.minusSeconds(60)),
                post("acme", "positive", END.minusSeconds(1800)),
                post("acme", "negative", END.minus(Duration.ofHours(3)).plusSeconds(5)),
                post("other", "negative", END.minusSeconds(60)),
                post("acme", "negative", END.plusSeconds(1)),
                post("acme", "negative", END.minus(Duration.ofHours(13)).minusSeconds(1)));

        List<IntervalCount> counts = activity.counts("acme", END, Duration.ofHours(1), 13);

        assertThat(counts).hasSize(13);
        assertThat(counts.get(12)).isEqualTo(new IntervalCount(END.minus(Duration.ofHours(1)), 2, 1));
        assertThat(counts.get(10)).isEqualTo(new IntervalCount(END.minus(Duration.ofHours(3)), 1, 1));
        assertThat(counts.get(0).start()).isEqualTo(END.minus(Duration.ofHours(13)));
        assertThat(counts.stream().mapToLong(IntervalCount::mentions).sum()).isEqualTo(3);
    }

    @Test
    void alignsDailyIntervalsToTheWindowEndNotToMidnight() throws IOException {
        index(post("acme", "neutral", END.minus(Duration.ofHours(23))),
                post("acme", "neutral", END.minus(Duration.ofHours(25))),
                post("acme", "negative", END.minus(Duration.ofDays(8)).plusSeconds(1)));

        List<IntervalCount> counts = activity.counts("acme", END, Duration.ofDays(1), 8);

        assertThat(counts).extracting(IntervalCount::mentions).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L, 1L);
        assertThat(counts.get(7).start()).isEqualTo(END.minus(Duration.ofDays(1)));
    }

    @Test
    void countsNothingWhenNoDocumentHasTheListeningFields() throws IOException {
        ES.client().index(i -> i.index(indices.touchpointsAlias()).id("1")
                .document(Map.of("id", 1, "occurredAt", END.minusSeconds(5).toString(), "text", "acme")));
        indices.refresh();

        assertThat(activity.counts("acme", END, Duration.ofHours(1), 13))
                .allSatisfy(count -> assertThat(count.mentions()).isZero());
    }

    @Test
    void samplesTheNewestMentionsOfTheWindowWithShortExcerpts() throws IOException {
        Map<String, Object> longPost = post("acme", "negative", END.minusSeconds(10));
        longPost.put("text", "word ".repeat(200));
        index(post("acme", "negative", END.minusSeconds(100)), longPost,
                post("acme", "positive", END.minusSeconds(50)),
                post("acme", "negative", END.minus(Duration.ofHours(2))));

        List<Mention> all = activity.sample("acme", END.minus(Duration.ofHours(1)), END, false, 10);
        List<Mention> negative = activity.sample("acme", END.minus(Duration.ofHours(1)), END, true, 10);

        assertThat(all).extracting(Mention::id).containsExactly(1L, 3L, 2L);
        assertThat(negative).extracting(Mention::id).containsExactly(1L, 2L);
        assertThat(all.get(0).excerpt()).hasSizeLessThanOrEqualTo(TopicActivity.EXCERPT_LENGTH).endsWith("…");
        assertThat(all.get(1).excerpt()).isEqualTo("post 3 about acme");
    }

    @Test
    void findsNegativeTouchpointsOfProfilesReceivedInTheRangeOldestFirst() throws IOException {
        Map<String, Object> anonymous = post("acme", "negative", END.minusSeconds(30));
        anonymous.remove("profileId");
        index(post("acme", "negative", END.minusSeconds(20)), post("acme", "positive", END.minusSeconds(20)),
                anonymous, post("acme", "negative", END.minusSeconds(40)),
                post("acme", "negative", END.minus(Duration.ofHours(2))));

        List<Mention> found = activity.negativeReceived(END.minus(Duration.ofHours(1)), END, 100);

        assertThat(found).extracting(Mention::id).containsExactly(4L, 2L);
        assertThat(found.get(0).profileId()).isEqualTo("profile-4");
        assertThat(found.get(0).channel()).isEqualTo("SOCIAL");
    }

    private Map<String, Object> post(String topic, String label, Instant occurredAt) {
        long id = nextId++;
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", id);
        doc.put("profileId", "profile-" + id);
        doc.put("channel", "SOCIAL");
        doc.put("occurredAt", occurredAt.toString());
        doc.put("receivedAt", occurredAt.plusSeconds(1).toString());
        doc.put("text", "post " + id + " about " + topic);
        doc.put("topics", List.of(topic));
        doc.put("language", "en");
        doc.put("sentiment", Map.of("label", label, "score", "negative".equals(label) ? -0.7 : 0.5));
        return doc;
    }

    @SafeVarargs
    private void index(Map<String, Object>... docs) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Map<String, Object> doc : docs) {
            bulk.operations(o -> o.index(i -> i.index(indices.touchpointsAlias()).id(doc.get("id").toString()).document(doc)));
        }
        assertThat(ES.client().bulk(bulk.build()).errors()).isFalse();
        indices.refresh();
    }
}
