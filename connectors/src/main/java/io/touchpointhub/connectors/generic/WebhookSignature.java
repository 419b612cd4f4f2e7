package io.touchpointhub.connectors.generic;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC signature most webhook providers put in a header: an HMAC of the raw body with a shared
 * secret, hex or base64, sometimes with a prefix such as {@code sha256=} (GitHub). Compared in constant
 * time so that response timing reveals nothing about the expected value.
 */
public final class WebhookSignature {

    /** How the provider writes the digest into the header. */
    public enum Encoding { HEX, BASE64 }

    private final String algorithm;
    private final byte[] secret;
    private final Encoding encoding;
    private final String prefix;

    /**
     * @param algorithm a JCA MAC name: {@code HmacSHA256} (the usual), {@code HmacSHA1}, {@code HmacSHA512}
     * @param prefix    text before the digest in the header ({@code sha256=}), or empty
     */
    public WebhookSignature(String algorithm, String secret, Encoding encoding, String prefix) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook signature needs a secret");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.prefix = prefix == null ? "" : prefix;
        mac(); // fail at configuration time on an unknown algorithm, not on the first request
    }

    /** True when {@code header} is the signature of exactly these body bytes. */
    public boolean matches(byte[] body, String header) {
        if (header == null || !header.startsWith(prefix)) {
            return false;
        }
        byte[] given;
        try {
            String digest = header.substring(prefix.length()).trim();
            given = encoding == Encoding.HEX
                    ? HexFormat.of().parseHex(digest.toLowerCase(Locale.ROOT))
                    : Base64.getDecoder().decode(digest);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sign(body), given);
    }

    /** The digest of {@code body}, as the provider would compute it (for tests and tools). */
    public String header(byte[] body) {
        byte[] digest = sign(body);
        return prefix + (encoding == Encoding.HEX ? HexFormat.of().formatHex(digest)
                : Base64.getEncoder().encodeToString(digest));
    }

    private byte[] sign(byte[] body) {
        return mac().doFinal(body);
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalArgumentException("Unsupported webhook signature algorithm " + algorithm, e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSignature[" + algorithm + ", " + encoding + "]";
    }
}
