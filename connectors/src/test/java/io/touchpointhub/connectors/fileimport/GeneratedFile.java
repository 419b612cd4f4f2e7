package io.touchpointhub.connectors.fileimport;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * A file of any size that exists only while it is read: each record is generated when the reader asks
 * for its bytes. It counts the bytes handed out, so a test can see how far ahead of the rows it got the
 * reader has read.
 */
final class GeneratedFile extends InputStream {

    private final byte[] header;
    private final LongFunction<String> record;
    private final long records;
    private byte[] current;
    private int position;
    private long next;
    private long served;

    GeneratedFile(String header, long records, LongFunction<String> record) {
        this.header = header.getBytes(StandardCharsets.UTF_8);
        this.records = records;
        this.record = record;
        this.current = this.header;
    }

    /** Bytes the reader has taken so far. */
    long served() {
        return served;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        while (position == current.length) {
            if (next == records) {
                return -1;
            }
            current = record.apply(next++).getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, into, offset, n);
        position += n;
        served += n;
        return n;
    }
}
