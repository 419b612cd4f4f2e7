package io.touchpointhub.connectors.web.crawl;

import java.util.Objects;

/**
 * What one polite fetch of a URL found.
 *
 * @param outcome     whether there is a new body to read
 * @param url         the URL the answer came from, after redirects (the refused one for
 *                    {@link Outcome#DISALLOWED})
 * @param body        the body for {@link Outcome#FETCHED}, else empty; never more than the size limit
 * @param charset     the charset the server declared in {@code Content-Type}, or {@code null}
 * @param validators  what to remember for the next conditional fetch of the same URL
 */
public record FetchResult(Outcome outcome, String url, byte[] body, String charset, Validators validators) {

    /** What happened; only {@link #FETCHED} carries something to read. */
    public enum Outcome {
        /** A new body (status 2xx, different from the last one). */
        FETCHED,
        /** Status 304: nothing changed since the validators that were sent. */
        NOT_MODIFIED,
        /** Status 2xx with exactly the body processed last time (the server ignores validators). */
        UNCHANGED,
        /** robots.txt disallows the URL (or a redirect target) for this crawler: not fetched. */
        DISALLOWED
    }

    public FetchResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(url, "url");
        body = body == null ? new byte[0] : body;
        validators = validators == null ? Validators.NONE : validators;
    }

    static FetchResult disallowed(String url, Validators previous) {
        return new FetchResult(Outcome.DISALLOWED, url, null, null, previous);
    }

    /** Never the body: it may quote people. */
    @Override
    public String toString() {
        return "FetchResult[" + outcome + ", " + url + ", " + body.length + " bytes]";
    }
}
