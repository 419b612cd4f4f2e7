package io.touchpointhub.connectors.web.crawl;

import io.touchpointhub.connectors.ConnectorException;

/**
 * A response body over the configured size limit. Reading stops at the limit, so a huge or endless
 * body costs no more memory than the limit; the document is not processed.
 */
public class DocumentTooLargeException extends ConnectorException {

    public DocumentTooLargeException(String url, long limitBytes) {
        super("The body of " + url + " exceeds the limit of " + limitBytes + " bytes");
    }
}
