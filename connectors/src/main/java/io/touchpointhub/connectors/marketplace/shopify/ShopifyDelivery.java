package io.touchpointhub.connectors.marketplace.shopify;

import io.touchpointhub.connectors.InvalidTouchpointException;

/**
 * The headers of one webhook delivery that the hub keeps with its body (see {@link ShopifyEnvelope}).
 *
 * @param topic       {@code X-Shopify-Topic}: {@code orders/create} ...
 * @param webhookId   {@code X-Shopify-Webhook-Id}: one delivery; Shopify's retries of it reuse the id
 * @param eventId     {@code X-Shopify-Event-Id}: the change that triggered it; the same for every delivery
 *                    of that change, retries and further subscriptions to the topic included
 * @param shopDomain  {@code X-Shopify-Shop-Domain}: {@code example.myshopify.com}
 * @param triggeredAt {@code X-Shopify-Triggered-At}: when Shopify triggered the delivery (ISO-8601)
 * @param apiVersion  {@code X-Shopify-API-Version}: the Admin API version of the body's shape
 */
public record ShopifyDelivery(String topic, String webhookId, String eventId, String shopDomain,
                              String triggeredAt, String apiVersion) {

    /** Longer ids are not Shopify's: theirs are UUIDs or numbers. */
    static final int MAX_ID_LENGTH = 200;

    public ShopifyDelivery {
        topic = blankToNull(topic);
        webhookId = blankToNull(webhookId);
        eventId = blankToNull(eventId);
        shopDomain = blankToNull(shopDomain);
        triggeredAt = blankToNull(triggeredAt);
        apiVersion = blankToNull(apiVersion);
    }

    /**
     * The touchpoint's external id, its idempotency key within the shop: the topic and the event id, so
     * that a retried delivery and a second subscription to the same topic are stored once while every
     * {@code orders/updated} (a new event each time) is a touchpoint of its own. The topic is part of
     * the key because one change may trigger several topics. Without an event id (older API versions)
     * the webhook id stands in, which still catches retries.
     *
     * @throws InvalidTouchpointException when the delivery names neither id, or an id is too long
     */
    public String externalId() {
        if (topic == null) {
            throw new InvalidTouchpointException("topic", "is required (X-Shopify-Topic)");
        }
        if (eventId != null) {
            return topic + ":event:" + requireShort(eventId, "eventId");
        }
        if (webhookId != null) {
            return topic + ":webhook:" + requireShort(webhookId, "webhookId");
        }
        throw new InvalidTouchpointException("eventId/webhookId",
                "one is required (X-Shopify-Event-Id or X-Shopify-Webhook-Id)");
    }

    private static String requireShort(String id, String field) {
        if (id.length() > MAX_ID_LENGTH) {
            throw new InvalidTouchpointException(field, "must not be longer than " + MAX_ID_LENGTH + " characters");
        }
        return id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
