package io.touchpointhub.routes.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.connectors.marketplace.shopify.ShopifyWebhookSignature;
import io.touchpointhub.routes.support.ChannelTestServers;
import io.touchpointhub.routes.support.HubIntegrationTest;
import io.touchpointhub.routes.support.ShopifyFixtures;
import io.touchpointhub.search.index.HubIndices;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer whose Shopify order (the documented example: 403.00 USD, above {@code min-revenue: 400} of
 * application-it.yml) makes them high-value, and a negative post of theirs through a webhook channel, the NLP
 * stage and indexing.
 */
class CustomerAtRiskIT extends HubIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicLong IDS = new AtomicLong(9_100_000_000_000L);

    private final ConcurrentLinkedQueue<RecordedRequest> hooks = new ConcurrentLinkedQueue<>();

    @Autowired
    private ElasticsearchClient elasticsearch;
    @Autowired
    private HubIndices indices;

    @BeforeEach
    void receiveWebhooks() {
        ChannelTestServers.answer("/alerts-hook", request -> {
            hooks.add(request);
            return new MockResponse().setResponseCode(200);
        });
    }

    @AfterEach
    void stopReceiving() {
        ChannelTestServers.silence("/alerts-hook");
    }

    @Test
    void aNegativePostFromAHighValueCustomerRaisesOneCustomerAtRiskAlert() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String buyer = "kettle-fan-" + u + "@example.com";
        String browser = "browser-" + u + "@example.com";
        assertThat(orderBy(buyer)).isEqualTo(200);
        Instant now = Instant.now();
        assertThat(new ListeningPosts(port)
                .add(u + "-1", now.minusSeconds(30), "My kettle broke twice, terrible service, I want a refund " + u,
                        "buyer_" + u, buyer)
                .add(u + "-2", now.minusSeconds(20), "Awful kettle, broken and useless " + u, "browser_" + u, browser)
                .send()).isEqualTo(200);
        awaitPipelineIdle();
        String valued = profileId(buyer);
        String other = profileId(browser);

        JsonNode first = hub().post("/api/listening/alerts/check", "").json();
        JsonNode second = hub().post("/api/listening/alerts/check", "").json();

        JsonNode alerts = hub().get("/api/profiles/" + valued + "/alerts").json().path("alerts");
        assertThat(alerts).hasSize(1);
        JsonNode alert = alerts.get(0);
        assertThat(first.path("customersAtRisk").toString()).contains(alert.path("id").asText());
        assertThat(second.path("customersAtRisk").toString()).doesNotContain(alert.path("id").asText());
        assertThat(alert.path("kind").asText()).isEqualTo("customer_at_risk");
        assertThat(alert.path("profileId").asText()).isEqualTo(valued);
        assertThat(alert.path("touchpointId").asLong()).isEqualTo(socialTouchpointOf(valued));
        assertThat(alert.path("samples").get(0).path("excerpt").asText()).startsWith("My kettle broke twice");
        assertThat(alert.path("details").path("lifetimeRevenue").asText()).isEqualTo("403.00");
        assertThat(alert.path("details").path("currency").asText()).isEqualTo("USD");
        assertThat(hub().get("/api/profiles/" + other + "/alerts").json().path("alerts")).isEmpty();
        assertThat(hub().get("/api/listening/alerts?kind=customer_at_risk&size=200").json().path("alerts")
                .findValuesAsText("profileId")).contains(valued).doesNotContain(other);
        RecordedRequest hook = await().atMost(Duration.ofSeconds(20)).until(() -> hooks.stream()
                .filter(r -> alert.path("id").asText().equals(r.getHeader(WebhookSender.ALERT_ID)))
                .findFirst().orElse(null), Objects::nonNull);
        assertThat(hook.getHeader(WebhookSender.ALERT_KIND)).isEqualTo("customer_at_risk");
    }

    @Test
    void ordersInAnotherCurrencyDoNotMakeACustomerHighValue() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String buyer = "euro-" + u + "@example.com";
        assertThat(orderBy(buyer, "EUR")).isEqualTo(200);
        awaitPipelineIdle();
        String customer = profileId(buyer);
        indexNegative(customer);

        hub().post("/api/listening/alerts/check", "");

        assertThat(hub().get("/api/profiles/" + customer + "/alerts").json().path("alerts")).isEmpty();
    }

    @Test
    void alertsOfAnUnknownProfileAreNotFound() {
        assertThat(hub().get("/api/profiles/" + UUID.randomUUID() + "/alerts").status()).isEqualTo(404);
    }

    private long indexNegative(String profileId) {
        long id = IDS.incrementAndGet();
        Instant now = Instant.now();
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", id);
        doc.put("profileId", profileId);
        doc.put("channel", "EMAIL");
        doc.put("source", "it-support");
        doc.put("externalId", "mail-" + id);
        doc.put("occurredAt", now.minusSeconds(30).toString());
        doc.put("receivedAt", now.minusSeconds(20).toString());
        doc.put("text", "My kettle broke twice, I want a refund.");
        doc.put("language", "en");
        doc.put("sentiment", Map.of("label", "negative", "score", -0.8));
        try {
            elasticsearch.index(i -> i.index(indices.touchpointsAlias()).id(Long.toString(id)).document(doc)
                    .refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    private long socialTouchpointOf(String profileId) {
        for (JsonNode touchpoint : hub().get("/api/profiles/" + profileId).json().path("timeline")) {
            if ("SOCIAL".equals(touchpoint.path("channel").asText())) {
                return touchpoint.path("id").asLong();
            }
        }
        throw new AssertionError("no social touchpoint in the timeline");
    }

    private String profileId(String email) {
        JsonNode found = hub().get("/api/profiles?q=" + email).json().path("results");
        assertThat(found).hasSize(1);
        return found.get(0).path("id").asText();
    }

    /** Shopify's documented orders/create example bought by {@code email}, signed for shop it-shop. */
    private int orderBy(String email) {
        return orderBy(email, "USD");
    }

    private int orderBy(String email, String currency) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] body = ShopifyFixtures.withDistinctPeople("orders-create.json")
                .replace("jon@doe.ca", email)
                .replace("john@test.com", email)
                .replace("115310627314723954", Long.toString(random.nextLong(1_000_000_000L, Long.MAX_VALUE)))
                .replace("820982911946154508", Long.toString(random.nextLong(1_000_000_000L, Long.MAX_VALUE)))
                .replace("\"USD\"", "\"" + currency + "\"")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/shopify/it-shop"))
                .header("Content-Type", "application/json")
                .header("X-Shopify-Topic", "orders/create")
                .header("X-Shopify-Shop-Domain", "it-shop.myshopify.com")
                .header("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
                .header("X-Shopify-Event-Id", UUID.randomUUID().toString())
                .header("X-Shopify-Triggered-At", "2024-05-01T12:00:00.123456789Z")
                .header("X-Shopify-API-Version", "2024-07")
                .header("X-Shopify-Hmac-Sha256", ShopifyWebhookSignature.sign(body, "it-shopify-webhook-secret"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
