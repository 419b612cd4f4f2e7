package io.touchpointhub.connectors.marketplace.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.InvalidTouchpointException;
import org.junit.jupiter.api.Test;

class ShopifyEnvelopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void carriesTheHeadersAndTheBodyVerbatim() throws Exception {
        String body = ShopifyPayloads.body("orders-create.json");

        String payload = ShopifyPayloads.envelope("orders/create", body);

        JsonNode envelope = JSON.readTree(payload);
        assertThat(envelope.path("topic").asText()).isEqualTo("orders/create");
        assertThat(envelope.path("webhookId").asText()).isEqualTo(ShopifyPayloads.WEBHOOK_ID);
        assertThat(envelope.path("eventId").asText()).isEqualTo(ShopifyPayloads.EVENT_ID);
        assertThat(envelope.path("shopDomain").asText()).isEqualTo(ShopifyPayloads.SHOP_DOMAIN);
        assertThat(envelope.path("triggeredAt").asText()).isEqualTo(ShopifyPayloads.TRIGGERED_AT);
        assertThat(envelope.path("apiVersion").asText()).isEqualTo(ShopifyPayloads.API_VERSION);
        assertThat(envelope.path("body")).isEqualTo(JSON.readTree(body));
        assertThat(payload).contains(body);
    }

    @Test
    void opensWhatItWraps() {
        ShopifyEnvelope.Opened opened = ShopifyEnvelope.open(ShopifyPayloads.customersCreate());

        assertThat(opened.delivery()).isEqualTo(ShopifyPayloads.delivery("customers/create"));
        assertThat(opened.body().path("email").asText()).isEqualTo("bob@biller.com");
    }

    @Test
    void keepsAMalformedBodyAsTextSoTheEnvelopeStaysReadable() throws Exception {
        String payload = ShopifyPayloads.envelope("orders/create", "{\"id\": 1, \"email\": ");

        assertThat(JSON.readTree(payload).path("body").asText()).isEqualTo("{\"id\": 1, \"email\": ");
        assertThatThrownBy(() -> ShopifyEnvelope.open(payload))
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessage("body: must be a well-formed JSON object");
    }

    @Test
    void keepsABodyWithTrailingContentOrOfAnotherKindAsText() {
        assertThat(ShopifyEnvelope.isJsonObject("{\"id\":1} {\"id\":2}")).isFalse();
        assertThat(ShopifyEnvelope.isJsonObject("[{\"id\":1}]")).isFalse();
        assertThat(ShopifyEnvelope.isJsonObject("")).isFalse();
        assertThat(ShopifyEnvelope.isJsonObject(" {\"id\":1}\n")).isTrue();
    }

    @Test
    void leavesOutHeadersTheDeliveryDidNotHave() throws Exception {
        String payload = ShopifyEnvelope.wrap(new ShopifyDelivery("orders/create", "w-1", null, null, " ", null), "{}");

        assertThat(JSON.readTree(payload).fieldNames()).toIterable().containsExactly("topic", "webhookId", "body");
    }

    @Test
    void rejectsAPayloadThatIsNotAnEnvelopeWithoutQuotingIt() {
        assertThatThrownBy(() -> ShopifyEnvelope.open("jon@doe.ca"))
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessageNotContaining("jon@doe.ca")
                .extracting(e -> ((InvalidTouchpointException) e).field()).isEqualTo("payload");
    }
}
