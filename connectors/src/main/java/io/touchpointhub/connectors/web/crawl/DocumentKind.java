package io.touchpointhub.connectors.web.crawl;

/** The two kinds of document a site lists, each with the payload format of the items found in it. */
public enum DocumentKind {
    /** An RSS 2.0, RSS 1.0 (RDF) or Atom feed; its items are payloads of {@link #itemFormat()} web-feed-item. */
    FEED("web-feed-item", "article"),
    /** An HTML page read with the site's CSS selectors; its posts are payloads of format web-page-post. */
    PAGE("web-page-post", "post");

    private final String itemFormat;
    private final String defaultType;

    DocumentKind(String itemFormat, String defaultType) {
        this.itemFormat = itemFormat;
        this.defaultType = defaultType;
    }

    /** The {@link io.touchpointhub.connectors.PayloadMapper#format()} of one item of this kind. */
    public String itemFormat() {
        return itemFormat;
    }

    /** The touchpoint type of its items when the site does not name one. */
    public String defaultType() {
        return defaultType;
    }
}
