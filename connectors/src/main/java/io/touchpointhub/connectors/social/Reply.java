package io.touchpointhub.connectors.social;

import okhttp3.Headers;

/**
 * A platform's answer, read completely (the connection is back in the pool).
 *
 * @param code    the HTTP status: 2xx or 3xx (errors are exceptions)
 * @param headers the response headers (pagination, rate limits)
 * @param body    the body as text
 */
public record Reply(int code, Headers headers, String body) {

    /** Never the body: it carries personal data. */
    @Override
    public String toString() {
        return "Reply[" + code + ", " + body.length() + " chars]";
    }
}
