package io.touchpointhub.routes.intake;

/** The request named no write key, or one no configured source has. */
public class InvalidWriteKeyException extends RuntimeException {

    public InvalidWriteKeyException() {
        super("A valid write key is required as the HTTP Basic user name");
    }
}
