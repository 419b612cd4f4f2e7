package io.touchpointhub.connectors.web.crawl;

import java.util.Objects;

/**
 * A whole fetched document that gave no items, as kept in the dead-letter store (format
 * {@code web-document}): enough to read it again with the same site settings once the reader is
 * fixed. Bodies longer than {@link #MAX_STORED_CHARS} are cut, and a cut document cannot be replayed.
 *
 * @param site      the site settings it was read with
 * @param kind      feed or page
 * @param url       where it was fetched from (after redirects)
 * @param body      the document text, at most {@link #MAX_STORED_CHARS} characters
 * @param truncated whether {@code body} was cut
 */
public record CrawledDocument(CrawlSite site, DocumentKind kind, String url, String body, boolean truncated) {

    /** Enough to see what went wrong in a broken document without storing megabytes per failure. */
    public static final int MAX_STORED_CHARS = 256 * 1024;

    public CrawledDocument {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        body = body == null ? "" : body;
    }

    static CrawledDocument of(CrawlSite site, DocumentKind kind, String url, String text) {
        boolean cut = text.length() > MAX_STORED_CHARS;
        return new CrawledDocument(site, kind, url, cut ? text.substring(0, MAX_STORED_CHARS) : text, cut);
    }

    /** Never the body. */
    @Override
    public String toString() {
        return "CrawledDocument[" + site.name() + ", " + kind + ", " + url + ", " + body.length() + " chars]";
    }
}
