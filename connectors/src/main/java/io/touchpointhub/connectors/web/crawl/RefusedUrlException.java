package io.touchpointhub.connectors.web.crawl;

import io.touchpointhub.connectors.ConnectorException;

/**
 * A URL the crawler will not fetch: not http(s), or its host is (or resolves to, or redirects to) an
 * address the {@link NetworkGuard} refuses. Not retried: the same URL is refused again until the
 * configuration allows it.
 */
public class RefusedUrlException extends ConnectorException {

    private final String url;

    public RefusedUrlException(String url, String reason) {
        super("Refused to fetch " + url + ": " + reason);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
