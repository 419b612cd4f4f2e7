package io.touchpointhub.connectors.marketplace.shopify;

import io.touchpointhub.connectors.generic.WebhookSignature;

/**
 * Checks Shopify's {@code X-Shopify-Hmac-Sha256} header: the base64 HMAC-SHA256 of the raw request body,
 * keyed with the webhook secret (the app's client secret, or the secret the shop admin shows for
 * webhooks it created). Computed over the bytes as received: a body parsed and written back would
 * not verify.
 */
public final class ShopifyWebhookSignature {

    private ShopifyWebhookSignature() {
    }

    /**
     * @param body   the raw request body
     * @param header the {@code X-Shopify-Hmac-Sha256} value, or {@code null} when the request had none
     * @param secret the shop's webhook secret
     * @return whether the header is the body's signature under {@code secret}; false for a missing or
     *         malformed header. Compared in constant time, so timing does not reveal how much matched.
     */
    public static boolean isValid(byte[] body, String header, String secret) {
        if (header == null || header.isBlank() || secret == null || secret.isEmpty()) {
            return false;
        }
        return signature(secret).matches(body, header.trim());
    }

    /** The header value Shopify would send for {@code body}; for tests and tools that sign deliveries. */
    public static String sign(byte[] body, String secret) {
        return signature(secret).header(body);
    }

    private static WebhookSignature signature(String secret) {
        return new WebhookSignature("HmacSHA256", secret, WebhookSignature.Encoding.BASE64, "");
    }
}
