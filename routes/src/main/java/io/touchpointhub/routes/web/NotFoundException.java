package io.touchpointhub.routes.web;

/** The thing a request names does not exist; answered with a 404 problem detail. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
