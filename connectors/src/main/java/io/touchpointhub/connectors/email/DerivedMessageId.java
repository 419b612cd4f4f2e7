package io.touchpointhub.connectors.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A stable id for a message that has no {@code Message-ID} (RFC 5322 only recommends one): the same
 * message polled again, or a copy of it in another folder, gives the same id, so the touchpoint is
 * still stored once. Under the reserved {@code .invalid} domain, so it can never clash with a real id.
 */
final class DerivedMessageId {

    private DerivedMessageId() {
    }

    static String of(String sender, String dateHeader, String subject, String text) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
        for (String part : new String[] {sender.toLowerCase(Locale.ROOT), dateHeader, subject, text}) {
            sha256.update((part == null ? "" : part.strip()).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0); // so that ("ab", "c") and ("a", "bc") differ
        }
        return "<" + HexFormat.of().formatHex(sha256.digest(), 0, 16) + "@derived.touchpointhub.invalid>";
    }
}
