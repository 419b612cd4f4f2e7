package io.touchpointhub.connectors;

/**
 * A failure that may pass if the same call is tried again later: a timeout, a refused connection, an
 * HTTP 429 or 5xx. The only connector failures that are retried; everything else is bad input.
 */
public class TransientConnectorException extends ConnectorException {

    public TransientConnectorException(String message) {
        super(message);
    }

    public TransientConnectorException(String message, Throwable cause) {
        super(message, cause);
    }
}
