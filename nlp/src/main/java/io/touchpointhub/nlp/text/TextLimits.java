package io.touchpointhub.nlp.text;

/**
 * Makes any string safe to analyse: control characters and unpaired surrogates become spaces, and a text
 * longer than the limit is cut (between code points) so that analysis time stays bounded.
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** The cleaned text, at most {@code maxChars} long. */
    public static String clean(String text, int maxChars) {
        int length = Math.min(text.length(), maxChars);
        if (length < text.length() && Character.isHighSurrogate(text.charAt(length - 1))) {
            length--;
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedHigh) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n' && c != '\t') || c == '\uFFFD') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a text has enough letters to be language at all (binary junk and digits are not). */
    public static boolean hasWords(String text) {
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return letters >= 2 && letters * 3 >= visible;
    }

    /**
     * Whether a text is binary data decoded as text: more than 2 % of its first 64 K characters are
     * control characters, replacement characters (bytes that were not UTF-8) or unpaired surrogates.
     */
    public static boolean looksBinary(String text) {
        int length = Math.min(text.length(), 65_536);
        int odd = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                    || (Character.isSurrogate(c) && !pairedAt(text, i))) {
                odd++;
            }
        }
        return odd * 50 > length;
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
