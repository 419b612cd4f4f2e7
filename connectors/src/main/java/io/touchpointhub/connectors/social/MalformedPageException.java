package io.touchpointhub.connectors.social;

import io.touchpointhub.connectors.InvalidTouchpointException;

/**
 * A platform answered with something that is not a page of the stream (not JSON, an HTML error page
 * served with status 200, JSON of another shape). It keeps the whole body so that the poll can keep it
 * as a dead letter; neither the message nor {@link #toString()} quotes it.
 */
public class MalformedPageException extends InvalidTouchpointException {

    private final transient String body;

    public MalformedPageException(String field, String rule, String body) {
        super(field, rule);
        this.body = body == null ? "" : body;
    }

    public String body() {
        return body;
    }
}
