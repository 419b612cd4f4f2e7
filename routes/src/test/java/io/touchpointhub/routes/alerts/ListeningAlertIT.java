package io.touchpointhub.routes.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.touchpointhub.routes.support.ChannelTestServers;
import io.touchpointhub.routes.support.HubIntegrationTest;
import io.touchpointhub.search.index.HubIndices;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Spike alerts over the real touchpoints index. One test sends posts through a webhook channel, the NLP
 * stage and indexing; the others, which need exact counts per hour, index documents carrying the fields
 * the NLP stage writes ({@code topics}, {@code sentiment.label}) straight into the index. Each test uses
 * hours of its own, and the check runs with {@code POST /api/listening/alerts/check?at=}.
 * Deliveries go to the shared MockWebServer ({@code /alerts-hook}) and the GreenMail SMTP server.
 */
class ListeningAlertIT extends HubIntegrationTest {

    private static final String TOPIC = "zephyr-kettle";
    private static final String SECRET = "it-alerts-webhook-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong(9_000_000_000_000L);
    private static final AtomicInteger HOURS = new AtomicInteger();

    private final ConcurrentLinkedQueue<RecordedRequest> hooks = new ConcurrentLinkedQueue<>();

    @Autowired
    private ElasticsearchClient elasticsearch;
    @Autowired
    private HubIndices indices;
    @Autowired
    private AlertStore store;

    @BeforeEach
    void receiveWebhooks() {
        assertThat(new ListeningPosts(port).track(TOPIC, "product", "\"zephyr kettle\"")).isIn(200, 201);
        ChannelTestServers.answer("/alerts-hook", request -> {
            hooks.add(request);
            return new MockResponse().setResponseCode(204);
        });
    }

    @AfterEach
    void stopReceiving() {
        ChannelTestServers.silence("/alerts-hook");
    }

    @Test
    void raisesASpikeOncePerWindowAndDeliversItSignedByWebhookAndByEmail() throws Exception {
        Instant end = freshHour();
        index(baseline(end, 12));
        index(posts(end.minusSeconds(3000), 15, 12));

        JsonNode first = check(end.plusSeconds(1200));
        JsonNode second = check(end.plusSeconds(1800));

        assertThat(first.path("windowEnd").asText()).isEqualTo(end.toString());
        assertThat(first.path("raised")).isNotEmpty();
        assertThat(second.path("raised")).isEmpty();
        JsonNode alerts = alertsOfWindowsEnding(end);
        assertThat(alerts).hasSize(2).allSatisfy(a -> assertThat(a.path("kind").asText()).isEqualTo("spike"));
        JsonNode hour = only(alerts, "hour");
        assertThat(hour.path("topic").asText()).isEqualTo(TOPIC);
        assertThat(hour.path("window").path("start").asText()).isEqualTo(end.minusSeconds(3600).toString());
        assertThat(hour.path("figures").findValuesAsText("metric")).containsExactly("volume", "negative_share");
        JsonNode volume = hour.path("figures").get(0);
        assertThat(volume.path("current").asDouble()).isEqualTo(15);
        assertThat(volume.path("baselineMean").asDouble()).isEqualTo(1.5);
        assertThat(volume.path("k").asDouble()).isEqualTo(2);
        assertThat(hour.path("samples")).hasSize(5);
        assertThat(hour.path("samples").get(0).path("excerpt").asText()).contains("zephyr kettle");

        long id = hour.path("id").asLong();
        RecordedRequest hook = awaitHook(id);
        byte[] body = hook.getBody().readByteArray();
        assertThat(hook.getHeader(WebhookSender.SIGNATURE)).isEqualTo(WebhookSender.sign(body, SECRET));
        assertThat(hook.getHeader(WebhookSender.ALERT_KIND)).isEqualTo("spike");
        JsonNode delivered = JSON.readTree(body);
        assertThat(delivered.path("topic").asText()).isEqualTo(TOPIC);
        assertThat(delivered.has("deliveries")).isFalse();
        MimeMessage mail = awaitMail("alert " + id + ")");
        assertThat(mail.getSubject()).startsWith("[Touchpoint Hub] Spike in zephyr-kettle: volume 15");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(only(alertsOfWindowsEnding(end), "hour").path("deliveries").findValuesAsText("state"))
                        .containsExactly("delivered", "delivered"));
        assertThat(metric("hub.listening.alerts.raised?tag=kind:spike")).isPositive();
        assertThat(metric("hub.listening.alerts.deliveries?tag=channel:webhook&tag=outcome:delivered")).isPositive();
    }

    @Test
    void postsAnalysedByTheNlpStageRaiseASpikeDeliveredByWebhookAndEmail() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        Instant end = Instant.parse("2036-06-01T12:00:00Z");
        ListeningPosts posts = new ListeningPosts(port);
        for (int h = 1; h <= 12; h++) {
            Instant hour = end.minus(Duration.ofHours(h + 1));
            for (int i = 0; i < (h % 2 == 0 ? 2 : 1); i++) {
                posts.add(u + "-b" + h + "-" + i, hour.plusSeconds(60L * i), "I love my Zephyr Kettle, great coffee " + u,
                        "fan_" + u, null);
            }
        }
        for (int i = 0; i < 14; i++) {
            posts.add(u + "-s" + i, end.minusSeconds(3000 - 60L * i),
                    "My Zephyr Kettle is terrible, broken and awful. Very disappointed " + u, "angry" + i + "_" + u, null);
        }
        assertThat(posts.send()).isEqualTo(200);
        awaitPipelineIdle();

        JsonNode result = check(end.plusSeconds(600));

        JsonNode hour = only(alertsOfWindowsEnding(end), "hour");
        assertThat(result.path("raised").toString()).contains(hour.path("id").asText());
        assertThat(hour.path("figures").findValuesAsText("metric")).containsExactly("volume", "negative_share");
        assertThat(hour.path("figures").get(0).path("current").asDouble()).isEqualTo(14);
        assertThat(hour.path("figures").get(1).path("current").asDouble()).isEqualTo(1.0);
        assertThat(hour.path("samples").get(0).path("excerpt").asText()).contains("terrible");
        long id = hour.path("id").asLong();
        assertThat(JSON.readTree(awaitHook(id).getBody().readByteArray()).path("topic").asText()).isEqualTo(TOPIC);
        assertThat(awaitMail("alert " + id + ")").getSubject()).contains("Spike in " + TOPIC);
    }

    @Test
    void twoMentionsAfterSilenceAreNoSpike() {
        Instant end = freshHour();
        index(posts(end.minusSeconds(600), 2, 2));

        assertThat(check(end.plusSeconds(60)).path("raised")).isEmpty();
        assertThat(alertsOfWindowsEnding(end)).isEmpty();
    }

    @Test
    void aWebhookFailingAtFirstIsRetriedUntilDeliveredAndTheStateRecorded() {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        ChannelTestServers.answer("/alerts-hook", request -> {
            // every alert's first delivery run fails: three calls, Resilience4j's attempts within one run
            if (calls.computeIfAbsent(request.getHeader(WebhookSender.ALERT_ID), k -> new AtomicInteger())
                    .incrementAndGet() <= 3) {
                return new MockResponse().setResponseCode(503);
            }
            hooks.add(request);
            return new MockResponse().setResponseCode(200);
        });
        Instant end = freshHour();
        index(baseline(end, 12));
        index(posts(end.minusSeconds(1800), 20, 2));

        check(end);

        long id = only(alertsOfWindowsEnding(end), "hour").path("id").asLong();
        assertThat(awaitHook(id).getHeader(WebhookSender.ATTEMPT)).isEqualTo("2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode webhook = deliveryOf(only(alertsOfWindowsEnding(end), "hour"), "webhook");
            assertThat(webhook.path("state").asText()).isEqualTo("delivered");
            assertThat(webhook.path("attempts").asInt()).isEqualTo(2);
        });
        assertThat(calls.get(String.valueOf(id))).hasValue(4);
    }

    @Test
    void anAlertStoredBeforeACrashIsDeliveredByTheNextRun() {
        Instant end = freshHour();
        Alert.Window window = new Alert.Window("hour", end.minusSeconds(3600), end);
        Figure figure = new Figure(Figure.VOLUME, 40, 2, 1, 2, 4, 40);

        // detection committed, nothing sent yet: what a crash right after raising leaves behind
        long id = store.raise(Alert.spike(TOPIC, window, List.of(figure), List.of()), List.of("webhook", "email"))
                .orElseThrow();
        boolean raisedAgain = store.raise(Alert.spike(TOPIC, window, List.of(figure), List.of()),
                List.of("webhook", "email")).isPresent();

        assertThat(raisedAgain).isFalse();
        assertThat(awaitHook(id).getHeader(WebhookSender.ALERT_ID)).isEqualTo(String.valueOf(id));
        awaitMail("alert " + id + ")");
    }

    @Test
    void listsAlertsByKindTopicAndTimeAndRejectsBadFilters() {
        Instant end = freshHour();
        index(baseline(end, 12));
        index(posts(end.minusSeconds(60), 30, 0));
        check(end);

        JsonNode page = hub().get("/api/listening/alerts?kind=spike&topic=" + TOPIC + "&from=" + end
                + "&to=" + end.plusSeconds(1) + "&size=1").json();
        JsonNode otherTopic = hub().get("/api/listening/alerts?topic=nobody&from=" + end
                + "&to=" + end.plusSeconds(1)).json();

        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("alerts")).hasSize(1);
        assertThat(otherTopic.path("total").asLong()).isZero();
        assertThat(hub().get("/api/listening/alerts?kind=panic").status()).isEqualTo(400);
        assertThat(hub().get("/api/listening/alerts?size=0").status()).isEqualTo(400);
        assertThat(hub().get("/api/listening/alerts?from=yesterday").status()).isEqualTo(400);
    }

    // --- helpers ---

    /** A full hour no other test uses, years back so that no live data falls into its baselines. */
    private static Instant freshHour() {
        return Instant.parse("2020-01-01T00:00:00Z").plus(Duration.ofDays(30L * HOURS.incrementAndGet()));
    }

    /** One or two mentions in each of the {@code hours} hours before the window, none negative. */
    private static List<Map<String, Object>> baseline(Instant end, int hours) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int h = 1; h <= hours; h++) {
            Instant start = end.minus(Duration.ofHours(h + 1));
            docs.addAll(posts(start.plusSeconds(60), h % 2 == 0 ? 2 : 1, 0));
        }
        return docs;
    }

    private static List<Map<String, Object>> posts(Instant from, int count, int negative) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = IDS.incrementAndGet();
            Map<String, Object> doc = new HashMap<>();
            doc.put("id", id);
            doc.put("channel", "SOCIAL");
            doc.put("source", "it-alerts");
            doc.put("externalId", "post-" + id);
            doc.put("occurredAt", from.plusSeconds(i).toString());
            doc.put("receivedAt", from.plusSeconds(i + 5).toString());
            doc.put("text", "Post " + id + " about the zephyr kettle");
            doc.put("topics", List.of(TOPIC));
            doc.put("language", "en");
            doc.put("sentiment", Map.of("label", i < negative ? "negative" : "positive", "score", i < negative ? -0.6 : 0.6));
            docs.add(doc);
        }
        return docs;
    }

    private void index(List<Map<String, Object>> docs) {
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        docs.forEach(doc -> bulk.operations(o -> o.index(i -> i.index(indices.touchpointsAlias())
                .id(doc.get("id").toString()).document(doc))));
        try {
            assertThat(elasticsearch.bulk(bulk.build()).errors()).isFalse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double metric(String query) {
        return hub().get("/actuator/metrics/" + query).json().path("measurements").get(0).path("value").asDouble();
    }

    private JsonNode check(Instant at) {
        var answer = hub().post("/api/listening/alerts/check?at=" + at, "");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode alertsOfWindowsEnding(Instant end) {
        return hub().get("/api/listening/alerts?topic=" + TOPIC + "&from=" + end + "&to=" + end.plusSeconds(1))
                .json().path("alerts");
    }

    private static JsonNode only(JsonNode alerts, String windowKind) {
        List<JsonNode> matching = new ArrayList<>();
        alerts.forEach(a -> {
            if (windowKind.equals(a.path("window").path("kind").asText())) {
                matching.add(a);
            }
        });
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static JsonNode deliveryOf(JsonNode alert, String channel) {
        for (JsonNode delivery : alert.path("deliveries")) {
            if (channel.equals(delivery.path("channel").asText())) {
                return delivery;
            }
        }
        throw new AssertionError("no " + channel + " delivery");
    }

    private RecordedRequest awaitHook(long alertId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> hooks.stream()
                .filter(r -> String.valueOf(alertId).equals(r.getHeader(WebhookSender.ALERT_ID)))
                .findFirst().orElse(null), Objects::nonNull);
    }

    private static MimeMessage awaitMail(String marker) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (MimeMessage message : ChannelTestServers.smtp().getReceivedMessages()) {
                if (GreenMailUtil.getBody(message).contains(marker)) {
                    return message;
                }
            }
            return null;
        }, Objects::nonNull);
    }
}
