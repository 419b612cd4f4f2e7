package io.touchpointhub.connectors.marketplace.shopify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Shopify's {@code X-Shopify-Hmac-Sha256} header: the base64 HMAC-SHA256 of the raw request body,
 * keyed with the webhook secret (the app's client secret, or the secret the shop admin shows for
 * webhooks it created). Computed over the bytes as received: a body parsed and written back would
 * not verify.
 */
public final class ShopifyWebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";

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
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(body, secret), given);
    }

    /** The header value Shopify would send for {@code body}; for tests and tools that sign deliveries. */
    public static String sign(byte[] body, String secret) {
        return Base64.getEncoder().encodeToString(hmac(body, secret));
    }

    private static byte[] hmac(byte[] body, String secret) {
        try {
            // a Mac per call: instances are not thread-safe, and one costs microseconds next to a request
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java platform must support " + ALGORITHM, e);
        }
    }
}
