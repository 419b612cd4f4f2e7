package io.touchpointhub.routes.alerts;

/**
 * Sending an alert failed. The message names the channel and the condition (an HTTP status, an SMTP reply
 * class, an exception type), never the alert's content or a recipient: it is stored as the delivery's
 * last error and shown by the API.
 */
class AlertDeliveryException extends RuntimeException {

    AlertDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Worth retrying within the same delivery run: a timeout, a broken connection, a 5xx, 408 or 429. */
    static final class Transient extends AlertDeliveryException {
        Transient(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
