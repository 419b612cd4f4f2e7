package io.touchpointhub.identity.match.normalize;

import java.text.Normalizer;
import java.util.Locale;

/** Unicode helpers shared by the normalisers: NFKC, accent folding for Latin text only, CJK detection. */
public final class Scripts {

    private Scripts() {
    }

    /** NFKC: full-width letters and digits become half-width, ligatures and compatibility forms split. */
    public static String nfkc(String value) {
        return Normalizer.isNormalized(value, Normalizer.Form.NFKC) ? value : Normalizer.normalize(value, Normalizer.Form.NFKC);
    }

    /** Whether the text holds Han, Hiragana, Katakana or Hangul characters, whose names are not folded. */
    public static boolean hasCjk(CharSequence value) {
        for (int i = 0; i < value.length(); ) {
            int cp = Character.codePointAt(value, i);
            if (cp >= 0x2E80 && isCjk(Character.UnicodeScript.of(cp))) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isCjk(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /**
     * Lower case without accents for Latin-script text (é → e, ß stays ß); text with CJK characters is
     * only lower-cased (NFD would split Hangul syllables).
     */
    public static String fold(String value) {
        String nfkc = nfkc(value);
        if (hasCjk(nfkc)) {
            return nfkc.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(nfkc, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return foldSpecial(out.toString().toLowerCase(Locale.ROOT));
    }

    /** Letters that carry no combining mark in NFD but are still written as their plain form. */
    private static String foldSpecial(String value) {
        if (value.chars().allMatch(c -> c < 0x80)) {
            return value;
        }
        return value.replace("ø", "o").replace("đ", "d").replace("ł", "l").replace("ı", "i")
                .replace("æ", "ae").replace("œ", "oe").replace("þ", "th");
    }

    /**
     * Keeps letters and digits, turns every other run of characters into one space, drops apostrophes
     * (O'Brien → obrien) and trims; null when nothing is left.
     */
    public static String words(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\'' || cp == '\u2019' || cp == '`' || cp == '\u00b4') {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
