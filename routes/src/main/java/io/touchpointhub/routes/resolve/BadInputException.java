package io.touchpointhub.routes.resolve;

/**
 * The command line, the mapping or an input file cannot be used; the message names the file, row and
 * problem and never quotes a value (input rows hold personal data). Exit status 2.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
