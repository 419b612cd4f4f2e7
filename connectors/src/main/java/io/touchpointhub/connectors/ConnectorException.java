package io.touchpointhub.connectors;

/**
 * Root of every failure a connector reports, so callers in {@code routes} can tell connector
 * problems apart from their own with one catch clause.
 */
public class ConnectorException extends RuntimeException {

    public ConnectorException(String message) {
        super(message);
    }

    public ConnectorException(String message, Throwable cause) {
        super(message, cause);
    }
}
