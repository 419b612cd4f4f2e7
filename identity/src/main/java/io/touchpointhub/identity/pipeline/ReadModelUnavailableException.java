package io.touchpointhub.identity.pipeline;

import io.touchpointhub.identity.TransientIdentityException;

/**
 * The read store (Elasticsearch) cannot be reached. Thrown by a {@link ReadModelWriter}; the index
 * stage rolls its batch back without counting attempts, so an outage only delays indexing.
 */
public class ReadModelUnavailableException extends TransientIdentityException {

    public ReadModelUnavailableException(String message) {
        super(message);
    }

    public ReadModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
