package io.touchpointhub.connectors.web.crawl;

/**
 * What the crawler remembers about the last version of one URL it processed, so the next poll can ask
 * for changes only: the HTTP validators for a conditional GET ({@code If-None-Match},
 * {@code If-Modified-Since}) and a digest of the body, for servers that send neither validator.
 *
 * @param etag         the {@code ETag} response header, or {@code null}
 * @param lastModified the {@code Last-Modified} response header, verbatim, or {@code null}
 * @param digest       SHA-256 of the body, hex, or {@code null}
 */
public record Validators(String etag, String lastModified, String digest) {

    public static final Validators NONE = new Validators(null, null, null);

    /** Keeps earlier validators a response (a 304 may omit them) did not repeat. */
    Validators orElse(Validators previous) {
        return new Validators(etag != null ? etag : previous.etag(),
                lastModified != null ? lastModified : previous.lastModified(),
                digest != null ? digest : previous.digest());
    }
}
