package io.touchpointhub.connectors.web.crawl;

import io.touchpointhub.connectors.ConnectorException;

/**
 * A fetched document that gives no items at all: not an RSS or Atom feed, or an HTML page where the
 * site's post selector matches nothing (its layout changed). The whole document becomes a dead letter.
 */
public class UnreadableDocumentException extends ConnectorException {

    public UnreadableDocumentException(String reason) {
        super(reason);
    }
}
