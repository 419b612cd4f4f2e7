package io.touchpointhub.connectors.marketplace.shopify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shopify's documented webhook bodies (src/test/resources/shopify) wrapped as the controller wraps them. */
final class ShopifyPayloads {

    static final String SHOP = "acme";
    static final String SHOP_DOMAIN = "acme.myshopify.com";
    static final String WEBHOOK_ID = "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043";
    static final String EVENT_ID = "98880550-7158-44d4-b7cd-2c97c8a091b5";
    static final String TRIGGERED_AT = "2023-03-29T18:00:27.877041743Z";
    static final String API_VERSION = "2024-07";

    private ShopifyPayloads() {
    }

    static String body(String file) {
        try (InputStream in = ShopifyPayloads.class.getResourceAsStream("/shopify/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource shopify/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ShopifyDelivery delivery(String topic) {
        return new ShopifyDelivery(topic, WEBHOOK_ID, EVENT_ID, SHOP_DOMAIN, TRIGGERED_AT, API_VERSION);
    }

    static String envelope(String topic, String body) {
        return ShopifyEnvelope.wrap(delivery(topic), body);
    }

    static String ordersCreate() {
        return envelope("orders/create", body("orders-create.json"));
    }

    static String customersCreate() {
        return envelope("customers/create", body("customers-create.json"));
    }
}
