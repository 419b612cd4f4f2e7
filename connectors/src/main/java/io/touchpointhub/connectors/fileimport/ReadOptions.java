package io.touchpointhub.connectors.fileimport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How to read a file's text.
 *
 * @param encoding    the declared encoding; bytes that are not valid in it stop the import (never
 *                    silently replaced). A byte-order mark is skipped in any encoding.
 * @param delimiter   the CSV field delimiter ({@code ,} {@code ;} or a tab)
 * @param maxRowChars the longest record accepted: it bounds the memory one record can take (an unclosed
 *                    CSV quote would otherwise swallow the rest of the file into one field)
 */
public record ReadOptions(Charset encoding, char delimiter, int maxRowChars) {

    public static final int DEFAULT_MAX_ROW_CHARS = 1_000_000;

    public ReadOptions {
        Objects.requireNonNull(encoding, "encoding");
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter must not be a quote or a line break");
        }
        if (maxRowChars < 16) {
            throw new IllegalArgumentException("maxRowChars must be at least 16");
        }
    }

    /** UTF-8, comma, records up to a million characters. */
    public static ReadOptions defaults() {
        return new ReadOptions(StandardCharsets.UTF_8, ',', DEFAULT_MAX_ROW_CHARS);
    }

    public ReadOptions withEncoding(Charset newEncoding) {
        return new ReadOptions(newEncoding, delimiter, maxRowChars);
    }
}
