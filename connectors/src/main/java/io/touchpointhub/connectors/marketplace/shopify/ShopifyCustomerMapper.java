package io.touchpointhub.connectors.marketplace.shopify;

import static io.touchpointhub.connectors.marketplace.shopify.ShopifyJson.put;
import static io.touchpointhub.connectors.marketplace.shopify.ShopifyJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.connectors.PayloadMapper;
import io.touchpointhub.model.Touchpoint;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps {@code customers/create} and {@code customers/update} deliveries (format {@code shopify-customer},
 * payload a {@link ShopifyEnvelope}) to one touchpoint of type {@code customer}, named
 * {@code Customer Created} or {@code Customer Updated}: what Segment would call an identify, carrying the
 * customer's e-mail, phone and Shopify id as identifiers and their name, address and marketing consent
 * as traits. Thread-safe.
 */
public final class ShopifyCustomerMapper implements PayloadMapper {

    public static final String FORMAT = "shopify-customer";
    static final String TYPE = "customer";

    private final Clock clock;

    /** @param clock gives the receipt time ({@code receivedAt}) */
    public ShopifyCustomerMapper(Clock clock) {
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
        JsonNode customer = opened.body();
        String customerId = ShopifyJson.requiredId(customer, "id", "body.id");
        return List.of(new Touchpoint(
                ShopifyDeliveries.key(source, delivery),
                TYPE,
                topic.touchpointName(),
                ShopifyDeliveries.occurredAt(topic, customer, delivery, receivedAt),
                receivedAt,
                new ShopifyIdentifiers(source)
                        .email(text(customer, "email"))
                        .phone(text(customer, "phone"))
                        .customerId(customerId)
                        .toList(),
                traits(customer),
                properties(customerId, customer),
                ShopifyDeliveries.context(delivery),
                null));
    }

    private static Map<String, Object> traits(JsonNode customer) {
        Map<String, Object> traits = new LinkedHashMap<>();
        String first = text(customer, "first_name");
        String last = text(customer, "last_name");
        put(traits, "firstName", first);
        put(traits, "lastName", last);
        put(traits, "name", ShopifyJson.fullName(first, last));
        put(traits, "address", ShopifyJson.address(customer, "default_address"));
        String emailConsent = consentState(customer, "email_marketing_consent");
        put(traits, "acceptsMarketing", acceptsMarketing(customer, emailConsent));
        put(traits, "emailMarketingConsent", emailConsent);
        put(traits, "smsMarketingConsent", consentState(customer, "sms_marketing_consent"));
        put(traits, "verifiedEmail", ShopifyJson.bool(customer, "verified_email"));
        put(traits, "state", text(customer, "state"));
        put(traits, "tags", text(customer, "tags"));
        put(traits, "currency", text(customer, "currency"));
        return traits;
    }

    /**
     * {@code accepts_marketing} where the API version still sends it (deprecated since 2022-04), else
     * whether the e-mail marketing consent is {@code subscribed}.
     */
    private static Boolean acceptsMarketing(JsonNode customer, String emailConsent) {
        Boolean legacy = ShopifyJson.bool(customer, "accepts_marketing");
        if (legacy != null) {
            return legacy;
        }
        return emailConsent == null ? null : "subscribed".equals(emailConsent);
    }

    private static String consentState(JsonNode customer, String field) {
        JsonNode consent = ShopifyJson.object(customer, field);
        return consent == null ? null : text(consent, "state");
    }

    private static Map<String, Object> properties(String customerId, JsonNode customer) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("customerId", customerId);
        put(properties, "ordersCount", ShopifyJson.integer(customer, "orders_count", "body.orders_count"));
        put(properties, "totalSpent", ShopifyJson.decimal(customer, "total_spent", "body.total_spent"));
        put(properties, "lastOrderId", ShopifyJson.id(customer, "last_order_id", "body.last_order_id"));
        put(properties, "lastOrderName", text(customer, "last_order_name"));
        return properties;
    }
}
