package io.touchpointhub.identity.match.block;

import java.util.Locale;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Soundex;

/** How a normalised value becomes (part of) a blocking key. */
public enum KeyTransform {

    /** The normalised value itself. */
    VALUE,
    /** The first character. */
    INITIAL,
    /** The first three characters. */
    PREFIX3,
    /** Double Metaphone of each word, joined (Latin script); the value itself for other scripts. */
    METAPHONE,
    /** Soundex of the first word (Latin script); the value itself for other scripts. */
    SOUNDEX,
    /** The first four characters: the year of a {@code yyyyMMdd} date. */
    YEAR,
    /** Every rare word of the value, one key each (multi-valued; see {@link BlockingRule#maxTokens()}). */
    TOKENS;

    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final Soundex SOUNDEX_CODEC = Soundex.US_ENGLISH;

    /** The key part of one value, or null when the value yields none. Not for {@link #TOKENS}. */
    public String apply(String value) {
        return switch (this) {
            case VALUE -> value;
            case INITIAL -> value.substring(0, value.offsetByCodePoints(0, 1));
            case PREFIX3 -> value.length() <= 3 ? value : value.substring(0, 3);
            case METAPHONE -> metaphone(value);
            case SOUNDEX -> soundex(value);
            case YEAR -> value.length() >= 4 ? value.substring(0, 4) : null;
            case TOKENS -> throw new IllegalStateException("TOKENS yields several keys");
        };
    }

    private static String metaphone(String value) {
        if (!latin(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (String word : value.split(" ")) {
            String code = DOUBLE_METAPHONE.doubleMetaphone(word);
            if (code != null && !code.isEmpty()) {
                out.append(code).append(' ');
            }
        }
        return out.length() == 0 ? value : out.toString();
    }

    private static String soundex(String value) {
        if (!latin(value)) {
            return value;
        }
        String first = value.split(" ")[0].toUpperCase(Locale.ROOT);
        try {
            String code = SOUNDEX_CODEC.soundex(first);
            return code == null || code.isEmpty() ? value : code;
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static boolean latin(String value) {
        return value.chars().allMatch(c -> c < 0x250);
    }
}
