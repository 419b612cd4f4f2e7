package io.touchpointhub.nlp.sentiment;

import java.util.Locale;

/**
 * Replaces emoji by their Unicode names ("😂" → "face with tears of joy"), so that VADER's lexicon
 * scores the words of the name, as VADER does with its emoji lexicon (whose descriptions are the CLDR
 * short names; the JDK's Unicode character names are the same words for nearly all faces and hearts).
 */
final class Emoji {

    private Emoji() {
    }

    static String describe(String text) {
        if (!hasSymbol(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        boolean previousSpace = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isEmoji(cp)) {
                String name = Character.getName(cp);
                if (name != null) {
                    if (!previousSpace) {
                        out.append(' ');
                    }
                    out.append(name.toLowerCase(Locale.ROOT)).append(' ');
                    previousSpace = true;
                }
            } else if (!isJoiner(cp)) {
                out.appendCodePoint(cp);
                previousSpace = cp == ' ';
            }
        }
        return out.toString();
    }

    private static boolean hasSymbol(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || (c >= 0x2190 && c <= 0x2BFF)) {
                return true;
            }
        }
        return false;
    }

    static boolean isEmoji(int cp) {
        return cp >= 0x2190 && Character.getType(cp) == Character.OTHER_SYMBOL && !(cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    /** Zero-width joiner, variation selectors and skin tones only shape the emoji around them. */
    private static boolean isJoiner(int cp) {
        return cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }
}
