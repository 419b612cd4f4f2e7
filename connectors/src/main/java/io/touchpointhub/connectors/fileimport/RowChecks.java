package io.touchpointhub.connectors.fileimport;

import io.touchpointhub.connectors.InvalidTouchpointException;
import java.util.regex.Pattern;

/**
 * Light plausibility checks of identifier columns, so that a shifted column (a name in the e-mail
 * column) is reported instead of linking profiles by garbage. Normalising is the identity stage's job.
 */
final class RowChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("(?i)[+\\d().\\-/\\s]+((ext\\.?|x)\\s*\\d+)?");
    private static final int MIN_PHONE_DIGITS = 5;
    private static final int MAX_TYPE_LENGTH = 64;

    private RowChecks() {
    }

    static String email(String column, String value) {
        if (!EMAIL.matcher(value).matches()) {
            throw new InvalidTouchpointException(column, "must be an e-mail address");
        }
        return value;
    }

    static String phone(String column, String value) {
        if (!PHONE.matcher(value).matches() || value.chars().filter(Character::isDigit).count() < MIN_PHONE_DIGITS) {
            throw new InvalidTouchpointException(column, "must be a phone number of at least " + MIN_PHONE_DIGITS + " digits");
        }
        return value;
    }

    static String type(String column, String value) {
        if (value.length() > MAX_TYPE_LENGTH) {
            throw new InvalidTouchpointException(column, "must be at most " + MAX_TYPE_LENGTH + " characters");
        }
        return value;
    }
}
