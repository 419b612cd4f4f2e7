package io.touchpointhub.identity;

/**
 * A failure that is expected to go away on its own (the database or Elasticsearch is unreachable, a
 * deadlock victim that ran out of retries). Callers retry later; the work stays queued and no attempt
 * is counted against it.
 */
public class TransientIdentityException extends IdentityException {

    public TransientIdentityException(String message) {
        super(message);
    }

    public TransientIdentityException(String message, Throwable cause) {
        super(message, cause);
    }
}
