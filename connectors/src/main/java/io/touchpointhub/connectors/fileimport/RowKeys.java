package io.touchpointhub.connectors.fileimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The external id of a row that has no id column: a hash of its content (columns sorted by name, so a
 * re-export with reordered columns hashes the same). Importing the same rows again, from the same file,
 * a renamed copy or a later export that appends rows, finds the same keys and stores nothing twice.
 * Identical rows within a file are one touchpoint.
 */
final class RowKeys {

    private RowKeys() {
    }

    static String contentKey(Map<String, String> values) {
        MessageDigest sha256 = sha256();
        for (Map.Entry<String, String> column : new TreeMap<>(values).entrySet()) {
            String value = column.getValue() == null ? "" : column.getValue().strip();
            if (!value.isEmpty()) {
                sha256.update(column.getKey().getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
                sha256.update(value.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 1);
            }
        }
        byte[] digest = sha256.digest();
        return "row-" + HexFormat.of().formatHex(digest, 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
