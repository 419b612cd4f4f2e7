package io.touchpointhub.nlp;

/** The root of the nlp module's failures: a missing resource, a model that fails to load. */
public class NlpException extends RuntimeException {

    public NlpException(String message) {
        super(message);
    }

    public NlpException(String message, Throwable cause) {
        super(message, cause);
    }
}
