package io.touchpointhub.identity.match.normalize;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Identifiers typed by people: postcodes, national ids, house numbers, phones, e-mails, gender. */
public final class Codes {

    /** Digits kept of a phone number: enough to ignore country and trunk prefixes. */
    public static final int PHONE_DIGITS = 9;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private Codes() {
    }

    /** Upper-case letters and digits only ("sw1a 1aa" → "SW1A1AA"); null when none are left. */
    public static String code(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        Scripts.nfkc(raw).codePoints().filter(Character::isLetterOrDigit)
                .forEach(cp -> out.appendCodePoint(Character.toUpperCase(cp)));
        return out.length() == 0 ? null : out.toString();
    }

    /** The last {@value #PHONE_DIGITS} digits of a phone number; null when it has fewer than 6 digits. */
    public static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(raw.length());
        Scripts.nfkc(raw).chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        if (digits.length() < 6) {
            return null;
        }
        return digits.length() <= PHONE_DIGITS ? digits.toString() : digits.substring(digits.length() - PHONE_DIGITS);
    }

    /** Lower-cased, trimmed, without a "mailto:" prefix; null when it has no "@". */
    public static String email(String raw) {
        if (raw == null) {
            return null;
        }
        String value = Scripts.nfkc(raw).trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("mailto:")) {
            value = value.substring("mailto:".length());
        }
        int at = value.lastIndexOf('@');
        return at <= 0 || at == value.length() - 1 ? null : value;
    }

    /** "m" or "f" for the usual spellings, else the folded word. */
    public static String gender(String raw) {
        String words = raw == null ? null : Scripts.words(Scripts.fold(raw));
        if (words == null) {
            return null;
        }
        return switch (words) {
            case "m", "male", "man", "mr", "männlich", "mannlich", "masculin", "男" -> "m";
            case "f", "female", "woman", "w", "weiblich", "feminin", "女" -> "f";
            default -> words;
        };
    }

    /**
     * A number such as a price, as a plain decimal string: currency signs and spaces dropped, the
     * thousands separator told from the decimal one ("1,299.00" and "1.299,00" → "1299"); null when
     * no number is left.
     */
    public static String number(String raw) {
        if (raw == null) {
            return null;
        }
        String value = Scripts.nfkc(raw).replaceAll("[^0-9,.\\-]", "");
        int comma = value.lastIndexOf(',');
        int dot = value.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            value = comma > dot ? value.replace(".", "").replace(',', '.') : value.replace(",", "");
        } else if (comma >= 0) {
            value = value.length() - comma == 3 && value.indexOf(',') == comma
                    ? value.replace(',', '.') : value.replace(",", "");
        }
        try {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A four-digit year found in the value (1999, "1999-05", "May 1999"); null when there is none. */
    public static String year(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = YEAR.matcher(Scripts.nfkc(raw));
        return m.find() ? m.group(1) : null;
    }

    /** Folded words: cities, regions, countries. */
    public static String place(String raw) {
        return raw == null ? null : Scripts.words(Scripts.fold(raw));
    }
}
