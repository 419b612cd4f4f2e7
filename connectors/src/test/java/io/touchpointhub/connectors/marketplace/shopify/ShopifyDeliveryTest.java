package io.touchpointhub.connectors.marketplace.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.connectors.InvalidTouchpointException;
import org.junit.jupiter.api.Test;

class ShopifyDeliveryTest {

    @Test
    void aRetriedDeliveryHasTheSameKey() {
        ShopifyDelivery first = new ShopifyDelivery("orders/create", "w-1", "e-1", "acme.myshopify.com", "2024-01-01T00:00:00Z", "2024-07");
        ShopifyDelivery retry = new ShopifyDelivery("orders/create", "w-1", "e-1", "acme.myshopify.com", "2024-01-01T00:00:00Z", "2024-07");

        assertThat(retry.externalId()).isEqualTo(first.externalId()).isEqualTo("orders/create:event:e-1");
    }

    @Test
    void aSecondSubscriptionToTheSameEventHasTheSameKey() {
        ShopifyDelivery first = new ShopifyDelivery("orders/create", "w-1", "e-1", null, null, null);
        ShopifyDelivery second = new ShopifyDelivery("orders/create", "w-2", "e-1", null, null, null);

        assertThat(second.externalId()).isEqualTo(first.externalId());
    }

    @Test
    void eachOrderUpdateIsAnEventOfItsOwn() {
        ShopifyDelivery paid = new ShopifyDelivery("orders/updated", "w-1", "e-1", null, null, null);
        ShopifyDelivery fulfilled = new ShopifyDelivery("orders/updated", "w-2", "e-2", null, null, null);

        assertThat(fulfilled.externalId()).isNotEqualTo(paid.externalId());
    }

    @Test
    void oneEventTriggeringTwoTopicsGivesTwoKeys() {
        ShopifyDelivery created = new ShopifyDelivery("orders/create", "w-1", "e-1", null, null, null);
        ShopifyDelivery updated = new ShopifyDelivery("orders/updated", "w-2", "e-1", null, null, null);

        assertThat(updated.externalId()).isNotEqualTo(created.externalId());
    }

    @Test
    void fallsBackToTheWebhookIdWithoutAnEventId() {
        ShopifyDelivery delivery = new ShopifyDelivery("customers/update", "w-9", " ", null, null, null);

        assertThat(delivery.externalId()).isEqualTo("customers/update:webhook:w-9");
    }

    @Test
    void needsATopicAndAnId() {
        assertThatThrownBy(() -> new ShopifyDelivery("orders/create", null, null, null, null, null).externalId())
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessageStartingWith("eventId/webhookId: one is required");
        assertThatThrownBy(() -> new ShopifyDelivery(null, "w-1", "e-1", null, null, null).externalId())
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessageStartingWith("topic: is required");
    }

    @Test
    void rejectsAnIdNoShopifyDeliveryWouldHave() {
        ShopifyDelivery delivery = new ShopifyDelivery("orders/create", "w-1", "e".repeat(201), null, null, null);

        assertThatThrownBy(delivery::externalId)
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessageStartingWith("eventId: must not be longer than 200");
    }
}
