package io.touchpointhub.connectors.marketplace.shopify;

import static io.touchpointhub.connectors.marketplace.shopify.ShopifyJson.decimal;
import static io.touchpointhub.connectors.marketplace.shopify.ShopifyJson.id;
import static io.touchpointhub.connectors.marketplace.shopify.ShopifyJson.put;
import static io.touchpointhub.connectors.marketplace.shopify.ShopifyJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.PayloadMapper;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.Touchpoint;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps {@code orders/create} and {@code orders/updated} deliveries (format {@code shopify-order}, payload
 * a {@link ShopifyEnvelope}) to one touchpoint of type {@code order}, named {@code Order Created} or
 * {@code Order Updated}.
 *
 * <p>Money stays exact decimal text in the shop's currency. {@code properties.revenue} is set on
 * {@code Order Created} only, so that summing revenue over a customer's touchpoints counts each order
 * once; every touchpoint carries {@code amount} (the order's {@code total_price} at that moment) and
 * {@code currency}, and the newest {@code Order Updated} holds the order's current state. Thread-safe.
 */
public final class ShopifyOrderMapper implements PayloadMapper {

    public static final String FORMAT = "shopify-order";
    static final String TYPE = "order";

    private final Clock clock;

    /** @param clock gives the receipt time ({@code receivedAt}) */
    public ShopifyOrderMapper(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<Touchpoint> map(String source, String payload) {
        Instant receivedAt = clock.instant();
        ShopifyDeliveries.requireSource(source);
        ShopifyEnvelope.Opened opened = ShopifyEnvelope.open(Objects.requireNonNull(payload, "payload"));
        ShopifyDelivery delivery = opened.delivery();
        ShopifyTopic topic = ShopifyDeliveries.topic(delivery, FORMAT);
        JsonNode order = opened.body();
        JsonNode customer = ShopifyJson.object(order, "customer");
        return List.of(new Touchpoint(
                ShopifyDeliveries.key(source, delivery),
                TYPE,
                topic.touchpointName(),
                ShopifyDeliveries.occurredAt(topic, order, delivery, receivedAt),
                receivedAt,
                identifiers(source, order, customer),
                traits(order, customer),
                properties(topic, order, customer),
                context(delivery, order),
                text(order, "note")));
    }

    private static List<Identifier> identifiers(String source, JsonNode order, JsonNode customer) {
        ShopifyIdentifiers identifiers = new ShopifyIdentifiers(source)
                .email(text(order, "email"))
                .email(text(order, "contact_email"))
                .phone(text(order, "phone"));
        if (customer != null) {
            identifiers.email(text(customer, "email"))
                    .phone(text(customer, "phone"))
                    .customerId(id(customer, "id", "body.customer.id"));
        }
        return identifiers.toList();
    }

    /** The buyer as the order describes them; addresses are traits, never identifiers (gifts ship to others). */
    private static Map<String, Object> traits(JsonNode order, JsonNode customer) {
        Map<String, Object> traits = new LinkedHashMap<>();
        if (customer != null) {
            String first = text(customer, "first_name");
            String last = text(customer, "last_name");
            put(traits, "firstName", first);
            put(traits, "lastName", last);
            put(traits, "name", ShopifyJson.fullName(first, last));
            put(traits, "address", ShopifyJson.address(customer, "default_address"));
        }
        put(traits, "acceptsMarketing", ShopifyJson.bool(order, "buyer_accepts_marketing"));
        put(traits, "billingAddress", ShopifyJson.address(order, "billing_address"));
        put(traits, "shippingAddress", ShopifyJson.address(order, "shipping_address"));
        return traits;
    }

    private static Map<String, Object> properties(ShopifyTopic topic, JsonNode order, JsonNode customer) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("orderId", ShopifyJson.requiredId(order, "id", "body.id"));
        put(properties, "orderNumber", ShopifyJson.integer(order, "order_number", "body.order_number"));
        put(properties, "orderName", text(order, "name"));
        String amount = decimal(order, "total_price", "body.total_price");
        put(properties, "amount", amount);
        if (topic == ShopifyTopic.ORDERS_CREATE) {
            put(properties, "revenue", amount);
        }
        put(properties, "currency", text(order, "currency"));
        put(properties, "subtotal", decimal(order, "subtotal_price", "body.subtotal_price"));
        put(properties, "tax", decimal(order, "total_tax", "body.total_tax"));
        put(properties, "discounts", decimal(order, "total_discounts", "body.total_discounts"));
        put(properties, "shipping", shipping(order));
        put(properties, "currentTotal", decimal(order, "current_total_price", "body.current_total_price"));
        put(properties, "financialStatus", text(order, "financial_status"));
        put(properties, "fulfillmentStatus", text(order, "fulfillment_status"));
        put(properties, "cancelledAt", text(order, "cancelled_at"));
        put(properties, "cancelReason", text(order, "cancel_reason"));
        put(properties, "sourceName", text(order, "source_name"));
        put(properties, "test", ShopifyJson.bool(order, "test"));
        put(properties, "customerId", customer == null ? null : id(customer, "id", "body.customer.id"));
        properties.put("lineItems", lineItems(order));
        return properties;
    }

    /** Shipping in the shop's money; older payloads only have it per shipping line. */
    private static String shipping(JsonNode order) {
        JsonNode set = ShopifyJson.object(order, "total_shipping_price_set");
        JsonNode shopMoney = set == null ? null : ShopifyJson.object(set, "shop_money");
        return shopMoney == null ? null
                : decimal(shopMoney, "amount", "body.total_shipping_price_set.shop_money.amount");
    }

    private static List<Map<String, Object>> lineItems(JsonNode order) {
        JsonNode items = order.get("line_items");
        if (items == null || items.isNull()) {
            return List.of();
        }
        if (!items.isArray()) {
            throw new InvalidTouchpointException("body.line_items", "must be an array");
        }
        List<Map<String, Object>> lines = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            lines.add(lineItem(items.get(i), "body.line_items[" + i + "]"));
        }
        return lines;
    }

    private static Map<String, Object> lineItem(JsonNode item, String path) {
        if (!item.isObject()) {
            throw new InvalidTouchpointException(path, "must be an object");
        }
        Map<String, Object> line = new LinkedHashMap<>();
        put(line, "title", text(item, "title"));
        put(line, "sku", text(item, "sku"));
        put(line, "productId", id(item, "product_id", path + ".product_id"));
        put(line, "variantId", id(item, "variant_id", path + ".variant_id"));
        put(line, "quantity", ShopifyJson.integer(item, "quantity", path + ".quantity"));
        put(line, "price", decimal(item, "price", path + ".price"));
        return line;
    }

    private static Map<String, Object> context(ShopifyDelivery delivery, JsonNode order) {
        Map<String, Object> context = ShopifyDeliveries.context(delivery);
        put(context, "ip", text(order, "browser_ip"));
        JsonNode client = ShopifyJson.object(order, "client_details");
        put(context, "userAgent", client == null ? null : text(client, "user_agent"));
        put(context, "locale", text(order, "customer_locale"));
        return context;
    }
}
