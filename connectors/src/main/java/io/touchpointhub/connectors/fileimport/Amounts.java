package io.touchpointhub.connectors.fileimport;

import io.touchpointhub.connectors.InvalidTouchpointException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/** Reads money columns: exact decimals (never doubles) and ISO 4217 currency codes. */
final class Amounts {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private Amounts() {
    }

    /**
     * @param decimalSeparator {@code .} or {@code ,}; the other, spaces and apostrophes are grouping
     *                         separators ({@code 1,234.50}, {@code 1.234,50}, {@code 1 234,50}, {@code 1'234.50})
     */
    static BigDecimal parse(String field, String value, char decimalSeparator) {
        char grouping = decimalSeparator == '.' ? ',' : '.';
        StringBuilder plain = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == decimalSeparator) {
                plain.append('.');
            } else if (c != grouping && c != ' ' && c != '\u00A0' && c != '\u202F' && c != '\'') {
                plain.append(c);
            }
        }
        if (!DECIMAL.matcher(plain).matches()) {
            throw new InvalidTouchpointException(field, "must be a decimal number with '" + decimalSeparator
                    + "' as decimal separator");
        }
        return new BigDecimal(plain.toString());
    }

    static String currency(String field, String value) {
        String code = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!isCurrencyCode(code)) {
            throw new InvalidTouchpointException(field, "must be an ISO 4217 currency code such as EUR");
        }
        return code;
    }

    static boolean isCurrencyCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
