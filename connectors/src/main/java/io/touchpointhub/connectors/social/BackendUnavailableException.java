package io.touchpointhub.connectors.social;

import io.touchpointhub.connectors.TransientConnectorException;

/**
 * The circuit breaker of a backend is open after repeated failures: the call was not even tried, so a
 * platform that is down costs a poll nothing but this exception.
 */
public class BackendUnavailableException extends TransientConnectorException {

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
