package io.touchpointhub.connectors.fileimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * The text of an import file: decoded strictly in its declared encoding (an invalid byte fails the read
 * instead of becoming U+FFFD, so a mis-declared file is noticed rather than imported garbled), without a
 * leading byte-order mark, and counting the characters read since the last {@link #recordStarted()} so
 * that one record cannot grow without bound.
 */
final class TextInput extends Reader {

    private static final char BOM = '\uFEFF';

    private final Reader decoded;
    private final long maxRecordChars;
    private boolean started;
    private long sinceRecordStart;

    /**
     * @param maxRecordChars the most characters between two {@link #recordStarted()} calls; reading past
     *                       it throws {@link RecordTooLongException}
     */
    TextInput(InputStream in, Charset encoding, long maxRecordChars) {
        this.decoded = new InputStreamReader(in, encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        this.maxRecordChars = maxRecordChars;
    }

    /** A new record begins: the size limit counts from here. */
    void recordStarted() {
        sinceRecordStart = 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = decoded.read(buffer, offset, length);
        if (n > 0 && !started) {
            started = true;
            if (buffer[offset] == BOM) {
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                n = n == 1 ? read(buffer, offset, length) : n - 1;
            }
        }
        if (n > 0) {
            sinceRecordStart += n;
            if (sinceRecordStart > maxRecordChars) {
                throw new RecordTooLongException();
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        decoded.close();
    }

    /** A record went past the size limit. */
    static final class RecordTooLongException extends IOException {
        RecordTooLongException() {
            super("record too long");
        }
    }
}
