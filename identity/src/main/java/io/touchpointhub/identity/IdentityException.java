package io.touchpointhub.identity;

/** The root of every failure the identity module reports; unchecked, with the cause attached. */
public class IdentityException extends RuntimeException {

    public IdentityException(String message) {
        super(message);
    }

    public IdentityException(String message, Throwable cause) {
        super(message, cause);
    }
}
