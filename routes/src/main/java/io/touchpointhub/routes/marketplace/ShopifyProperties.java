package io.touchpointhub.routes.marketplace;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The Shopify shops whose webhooks the hub accepts, by name: {@code POST /webhooks/shopify/<name>}. None
 * by default, so the channel is off until a shop is configured:
 *
 * <pre>
 * hub.marketplace.shopify.shops.main.webhook-secret: ${HUB_SHOPIFY_MAIN_SECRET}
 * </pre>
 *
 * An enabled shop without a secret stops the start-up with a message naming the property: a shop the
 * hub cannot verify would otherwise answer 401 to every delivery and lose them after Shopify's retries.
 *
 * @param maxBodySize the largest webhook body read; larger deliveries are answered 413 unread
 * @param shops       the shops, keyed by the name used in the URL and as the touchpoints' source
 */
@Validated
@ConfigurationProperties("hub.marketplace.shopify")
public record ShopifyProperties(@DefaultValue("1MB") DataSize maxBodySize,
                                @DefaultValue Map<String, Shop> shops) {

    static final String PREFIX = "hub.marketplace.shopify";

    public ShopifyProperties {
        if (maxBodySize.toBytes() < 1 || maxBodySize.toBytes() >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException(PREFIX + ".max-body-size must be between 1B and 2GB");
        }
        shops = Map.copyOf(shops);
        shops.forEach(ShopifyProperties::requireSecret);
    }

    /**
     * One shop.
     *
     * @param enabled       whether its deliveries are accepted (a disabled shop answers 404)
     * @param webhookSecret the key of its deliveries' HMAC: the app's client secret, or for webhooks
     *                      created in the shop admin the secret shown under Settings > Notifications
     * @param shopDomain    if set, deliveries must name this {@code X-Shopify-Shop-Domain}: needed when
     *                      one app's secret signs the deliveries of several shops
     */
    public record Shop(@DefaultValue("true") boolean enabled, String webhookSecret, String shopDomain) {

        @Override
        public String toString() {
            return "Shop[enabled=" + enabled + ", webhookSecret=****, shopDomain=" + shopDomain + "]";
        }
    }

    /** The shop of that name, unless it is unknown or disabled. */
    public Optional<Shop> enabledShop(String name) {
        return Optional.ofNullable(shops.get(name)).filter(Shop::enabled);
    }

    private static void requireSecret(String name, Shop shop) {
        if (shop.enabled() && (shop.webhookSecret() == null || shop.webhookSecret().isBlank())) {
            String variable = "HUB_SHOPIFY_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_SECRET";
            throw new IllegalArgumentException(PREFIX + ".shops." + name + ".webhook-secret must be set for the enabled "
                    + "Shopify shop '" + name + "' (e.g. webhook-secret: ${" + variable + "} with the secret in the "
                    + "environment), or set " + PREFIX + ".shops." + name + ".enabled=false");
        }
    }

    @Override
    public String toString() {
        return "ShopifyProperties[maxBodySize=" + maxBodySize
                + shops.keySet().stream().sorted().collect(Collectors.joining(", ", ", shops=[", "]]"));
    }
}
