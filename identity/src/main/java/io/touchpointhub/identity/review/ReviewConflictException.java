package io.touchpointhub.identity.review;

import io.touchpointhub.identity.IdentityException;

/** A review item cannot be decided as asked: it was decided before, or its profiles must stay apart. */
public final class ReviewConflictException extends IdentityException {

    public ReviewConflictException(String message) {
        super(message);
    }
}
