package io.touchpointhub.routes.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.marketplace.shopify.ShopifyWebhookSignature;
import io.touchpointhub.routes.support.HubIntegrationTest;
import io.touchpointhub.routes.support.ShopifyFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Shopify deliveries as Shopify sends them (documented example bodies, every header, the HMAC computed
 * here with the secret of shop {@code it-shop} in application-it.yml) through the whole hub.
 */
class ShopifyWebhookIT extends HubIntegrationTest {

    private static final String SHOP = "it-shop";
    private static final String SECRET = "it-shopify-webhook-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSignedOrderCreatedLandsInTheBuyersTimelineWithItsRevenue() {
        Buyer buyer = Buyer.fresh();

        Answer answer = deliver(Delivery.of("orders/create", buyer.order()).signed());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("touchpoints").asInt()).isEqualTo(1);
        awaitPipelineIdle();
        JsonNode timeline = profileOf(buyer.customerEmail()).path("timeline");
        assertThat(timeline).hasSize(1);
        JsonNode order = timeline.get(0);
        assertThat(order.path("channel").asText()).isEqualTo("MARKETPLACE");
        assertThat(order.path("source").asText()).isEqualTo(SHOP);
        assertThat(order.path("name").asText()).isEqualTo("Order Created");
        assertThat(order.path("properties").path("revenue").asText()).isEqualTo("403.00");
        assertThat(order.path("properties").path("currency").asText()).isEqualTo("USD");
        assertThat(order.path("properties").path("lineItems")).hasSize(2);
    }

    @Test
    void theSameWebhookDeliveredTwiceIsStoredOnce() {
        Delivery delivery = Delivery.of("orders/create", Buyer.fresh().order()).signed();
        long before = touchpointCount();

        Answer first = deliver(delivery);
        Answer retry = deliver(delivery);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(touchpointCount()).isEqualTo(before + 1);
    }

    @Test
    void aMissingBadOrForeignSignatureIsAnswered401WithAProblemAndRecordsNothing() {
        Buyer buyer = Buyer.fresh();
        Delivery genuine = Delivery.of("orders/create", buyer.order()).signed();
        long touchpoints = touchpointCount();
        long deadLetters = deadLetterCount();
        List<Delivery> forged = List.of(
                genuine.withSignature(null),
                genuine.withSignature("bm90IHRoZSBzaWduYXR1cmU="),
                genuine.withSignature(ShopifyWebhookSignature.sign(genuine.bytes(), "someone-elses-secret")),
                genuine.withBody(genuine.body().replace("403.00", "0.01")));

        List<Answer> answers = new ArrayList<>();
        forged.forEach(d -> answers.add(deliver(d)));

        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.json().path("status").asInt()).isEqualTo(401);
        });
        assertThat(touchpointCount()).isEqualTo(touchpoints);
        assertThat(deadLetterCount()).isEqualTo(deadLetters);
    }

    @Test
    void aCustomerCreatedAndTheirOrderWithTheSameEmailMakeOneProfile() {
        Buyer buyer = Buyer.fresh();

        assertThat(deliver(Delivery.of("customers/create", buyer.customer()).signed()).status()).isEqualTo(200);
        assertThat(deliver(Delivery.of("orders/create", buyer.order()).signed()).status()).isEqualTo(200);
        awaitPipelineIdle();

        JsonNode found = hub().get("/api/profiles?q=" + buyer.customerEmail()).json().path("results");
        assertThat(found).hasSize(1);
        JsonNode profile = hub().get("/api/profiles/" + found.get(0).path("id").asText()).json();
        assertThat(profile.path("timeline")).extracting(t -> t.path("name").asText())
                .containsExactlyInAnyOrder("Customer Created", "Order Created");
        assertThat(profile.path("emails")).extracting(JsonNode::asText)
                .contains(buyer.customerEmail(), buyer.orderEmail());
    }

    @Test
    void aSignedMalformedBodyBecomesADeadLetterAndIsAcknowledgedSoShopifyDoesNotRetryIt() {
        long touchpoints = touchpointCount();

        Answer answer = deliver(Delivery.of("orders/create", "{\"id\": 1, \"email\": ").signed());

        assertThat(answer.status()).isEqualTo(200);
        long id = answer.json().path("deadLetterId").asLong();
        JsonNode letter = deadLetter(id);
        assertThat(letter.path("channel").asText()).isEqualTo("MARKETPLACE");
        assertThat(letter.path("source").asText()).isEqualTo(SHOP);
        assertThat(letter.path("format").asText()).isEqualTo("shopify-order");
        assertThat(letter.path("reason").asText()).startsWith("body:");
        assertThat(touchpointCount()).isEqualTo(touchpoints);
    }

    @Test
    void aTopicTheHubDoesNotIngestIsAcknowledgedAndIgnored() {
        long touchpoints = touchpointCount();

        Answer answer = deliver(Delivery.of("products/update", "{\"id\": 632910392, \"title\": \"IPod Nano\"}").signed());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("ignored").asBoolean()).isTrue();
        assertThat(touchpointCount()).isEqualTo(touchpoints);
    }

    @Test
    void anUnknownOrDisabledShopIsAnswered404() {
        Delivery delivery = Delivery.of("orders/create", Buyer.fresh().order()).signed();

        assertThat(deliver("/webhooks/shopify/no-such-shop", delivery).status()).isEqualTo(404);
        assertThat(deliver("/webhooks/shopify/it-shop-off", delivery).status()).isEqualTo(404);
    }

    @Test
    void aBodyOverTheLimitIsAnswered413WithAProblem() {
        String big = "{\"id\": 1, \"note\": \"" + "x".repeat(70 * 1024) + "\"}";

        Answer answer = deliver(Delivery.of("orders/create", big).signed());

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aSignedDeliveryNamingAnotherShopDomainIsAnswered401() {
        Delivery delivery = Delivery.of("orders/create", Buyer.fresh().order()).signed().fromShop("other.myshopify.com");

        assertThat(deliver(delivery).status()).isEqualTo(401);
    }

    @Test
    void aSignedDeliveryWithoutTopicIsAnswered400NamingTheHeader() {
        Delivery delivery = Delivery.of(null, Buyer.fresh().order()).signed();

        Answer answer = deliver(delivery);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("field").asText()).isEqualTo("X-Shopify-Topic");
    }

    private long touchpointCount() {
        return hub().get("/api/admin/stats").json().path("touchpoints").asLong();
    }

    private long deadLetterCount() {
        return hub().get("/api/admin/dead-letters").json().path("pending").asLong();
    }

    private JsonNode deadLetter(long id) {
        for (JsonNode letter : hub().get("/api/admin/dead-letters").json().path("deadLetters")) {
            if (letter.path("id").asLong() == id) {
                return letter;
            }
        }
        throw new AssertionError("No dead letter " + id);
    }

    private JsonNode profileOf(String email) {
        JsonNode found = hub().get("/api/profiles?q=" + email).json().path("results");
        assertThat(found).hasSize(1);
        return hub().get("/api/profiles/" + found.get(0).path("id").asText()).json();
    }

    private Answer deliver(Delivery delivery) {
        return deliver("/webhooks/shopify/" + SHOP, delivery);
    }

    private Answer deliver(String path, Delivery delivery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("X-Shopify-Shop-Domain", delivery.shopDomain())
                .header("X-Shopify-Webhook-Id", delivery.webhookId())
                .header("X-Shopify-Event-Id", delivery.eventId())
                .header("X-Shopify-Triggered-At", "2024-05-01T12:00:00.123456789Z")
                .header("X-Shopify-API-Version", "2024-07")
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.bytes()));
        if (delivery.topic() != null) {
            request.header("X-Shopify-Topic", delivery.topic());
        }
        if (delivery.signature() != null) {
            request.header("X-Shopify-Hmac-Sha256", delivery.signature());
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = contentType.contains("json") ? JSON.readTree(response.body()) : null;
            return new Answer(response.statusCode(), json, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, JsonNode json, String contentType) {
    }

    /** One delivery: its headers and body, signed or not. */
    private record Delivery(String topic, String webhookId, String eventId, String shopDomain, String body,
                            String signature) {

        static Delivery of(String topic, String body) {
            return new Delivery(topic, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    "it-shop.myshopify.com", body, null);
        }

        byte[] bytes() {
            return body.getBytes(StandardCharsets.UTF_8);
        }

        Delivery signed() {
            return withSignature(ShopifyWebhookSignature.sign(bytes(), SECRET));
        }

        Delivery withSignature(String newSignature) {
            return new Delivery(topic, webhookId, eventId, shopDomain, body, newSignature);
        }

        /** The same headers and signature with another body, as if changed on the way. */
        Delivery withBody(String newBody) {
            return new Delivery(topic, webhookId, eventId, shopDomain, newBody, signature);
        }

        Delivery fromShop(String domain) {
            return new Delivery(topic, webhookId, eventId, domain, body, signature);
        }
    }

    /**
     * Shopify's documented example bodies with this test's own e-mails and ids, so that tests sharing
     * the hub never link each other's profiles.
     */
    private record Buyer(String orderEmail, String customerEmail, long customerId, long orderId) {

        static Buyer fresh() {
            String u = UUID.randomUUID().toString().substring(0, 8);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return new Buyer("jon-" + u + "@example.com", "john-" + u + "@example.com",
                    random.nextLong(1_000_000_000L, Long.MAX_VALUE), random.nextLong(1_000_000_000L, Long.MAX_VALUE));
        }

        String order() {
            return ShopifyFixtures.withDistinctPeople("orders-create.json")
                    .replace("jon@doe.ca", orderEmail)
                    .replace("john@test.com", customerEmail)
                    .replace("115310627314723954", Long.toString(customerId))
                    .replace("820982911946154508", Long.toString(orderId));
        }

        /** The customer of {@link #order()} as customers/create describes them, under another Shopify id. */
        String customer() {
            return ShopifyFixtures.withDistinctPeople("customers-create.json")
                    .replace("bob@biller.com", customerEmail)
                    .replace("706405506930370084", Long.toString(customerId + 1));
        }
    }
}
