package io.touchpointhub.connectors.marketplace.shopify;

import java.util.Arrays;
import java.util.Optional;

/**
 * The webhook topics the hub ingests, each with the payload format whose mapper reads it and the
 * touchpoint name it produces. Shopify sends the topic in {@code X-Shopify-Topic}.
 */
public enum ShopifyTopic {

    ORDERS_CREATE("orders/create", ShopifyOrderMapper.FORMAT, "Order Created"),
    ORDERS_UPDATED("orders/updated", ShopifyOrderMapper.FORMAT, "Order Updated"),
    CUSTOMERS_CREATE("customers/create", ShopifyCustomerMapper.FORMAT, "Customer Created"),
    CUSTOMERS_UPDATE("customers/update", ShopifyCustomerMapper.FORMAT, "Customer Updated");

    private final String wireName;
    private final String format;
    private final String touchpointName;

    ShopifyTopic(String wireName, String format, String touchpointName) {
        this.wireName = wireName;
        this.format = format;
        this.touchpointName = touchpointName;
    }

    /** The topic as Shopify writes it: {@code orders/create}. */
    public String wireName() {
        return wireName;
    }

    /** The {@link io.touchpointhub.connectors.PayloadMapper#format()} that maps this topic. */
    public String format() {
        return format;
    }

    /** The touchpoint's {@code name}: {@code Order Created}, {@code Customer Updated} ... */
    public String touchpointName() {
        return touchpointName;
    }

    /** Whether this topic announces something new rather than a change to something known. */
    public boolean creates() {
        return this == ORDERS_CREATE || this == CUSTOMERS_CREATE;
    }

    /** The topic of an {@code X-Shopify-Topic} value, if the hub ingests it. */
    public static Optional<ShopifyTopic> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
