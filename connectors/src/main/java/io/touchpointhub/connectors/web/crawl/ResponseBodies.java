package io.touchpointhub.connectors.web.crawl;

import java.io.IOException;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Reads response bodies without ever holding more than a limit in memory. */
final class ResponseBodies {

    private static final long CHUNK = 8192;

    private ResponseBodies() {
    }

    /**
     * The whole body, or {@code null} when it is longer than {@code limit} bytes (reading stops just
     * past the limit, whatever the {@code Content-Length} claims; gzip is counted decompressed).
     */
    static byte[] readAtMost(ResponseBody body, long limit) throws IOException {
        if (body.contentLength() > limit) {
            return null;
        }
        Buffer buffer = read(body.source(), limit + 1);
        return buffer.size() > limit ? null : buffer.readByteArray();
    }

    /** The first {@code limit} bytes of the body, the rest ignored (robots.txt may be cut, RFC 9309 §2.5). */
    static byte[] readTruncated(ResponseBody body, long limit) throws IOException {
        Buffer buffer = read(body.source(), limit);
        return buffer.readByteArray(Math.min(buffer.size(), limit));
    }

    private static Buffer read(BufferedSource source, long wanted) throws IOException {
        Buffer buffer = new Buffer();
        while (buffer.size() < wanted) {
            long read = source.read(buffer, Math.min(CHUNK, wanted - buffer.size()));
            if (read == -1) {
                break;
            }
        }
        return buffer;
    }

    /** The charset named in {@code Content-Type}, or {@code null} (then the parser sniffs it). */
    static String charset(ResponseBody body) {
        MediaType type = body.contentType();
        Charset charset = type == null ? null : type.charset(null);
        return charset == null ? null : charset.name();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
