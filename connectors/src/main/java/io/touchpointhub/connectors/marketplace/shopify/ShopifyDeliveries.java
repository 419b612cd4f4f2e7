package io.touchpointhub.connectors.marketplace.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.TouchpointKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What the order and customer mappers read the same way from a delivery: topic, key, time, context. */
final class ShopifyDeliveries {

    private ShopifyDeliveries() {
    }

    static void requireSource(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }

    /** The delivery's topic, which must be one the mapper of {@code format} reads. */
    static ShopifyTopic topic(ShopifyDelivery delivery, String format) {
        return ShopifyTopic.fromWireName(delivery.topic())
                .filter(t -> t.format().equals(format))
                .orElseThrow(() -> new InvalidTouchpointException("topic", "must be one of " + Arrays.stream(ShopifyTopic.values())
                        .filter(t -> t.format().equals(format))
                        .map(ShopifyTopic::wireName)
                        .collect(Collectors.joining(", "))));
    }

    static TouchpointKey key(String source, ShopifyDelivery delivery) {
        return new TouchpointKey(Channel.MARKETPLACE, source, delivery.externalId());
    }

    /**
     * When it happened: the body's own time ({@code created_at} for a creation, {@code updated_at} for an
     * update), else when Shopify triggered the delivery, else when the hub received it. Shopify's
     * documented examples leave {@code created_at} null, so the fallbacks are not theoretical.
     */
    static Instant occurredAt(ShopifyTopic topic, JsonNode body, ShopifyDelivery delivery, Instant receivedAt) {
        String field = topic.creates() ? "created_at" : "updated_at";
        Instant own = ShopifyJson.instant(body, field, "body." + field);
        if (own != null) {
            return own;
        }
        Instant triggered = delivery.triggeredAt() == null ? null : ShopifyJson.parseInstant(delivery.triggeredAt());
        return triggered != null ? triggered : receivedAt;
    }

    /** The delivery's headers, for tracing a touchpoint back to Shopify's delivery log. */
    static Map<String, Object> context(ShopifyDelivery delivery) {
        Map<String, Object> context = new LinkedHashMap<>();
        ShopifyJson.put(context, "topic", delivery.topic());
        ShopifyJson.put(context, "webhookId", delivery.webhookId());
        ShopifyJson.put(context, "eventId", delivery.eventId());
        ShopifyJson.put(context, "shopDomain", delivery.shopDomain());
        ShopifyJson.put(context, "triggeredAt", delivery.triggeredAt());
        ShopifyJson.put(context, "apiVersion", delivery.apiVersion());
        return context;
    }
}
