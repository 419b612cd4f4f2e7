package io.touchpointhub.connectors.social;

import io.touchpointhub.connectors.ConnectorException;

/**
 * A platform answered with an HTTP status that trying again will not change: 401 (bad or expired
 * token), 403, 404 (unknown hashtag or subreddit), 410 ... Not retried and not counted by the circuit
 * breaker; the configuration (or the token) needs a look.
 */
public class UnexpectedStatusException extends ConnectorException {

    private final int status;

    public UnexpectedStatusException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
