package io.touchpointhub.nlp.language;

/** Letters of a text counted by script. */
record ScriptCounts(int latin, int han, int kana, int hangul, int cyrillic, int ukrainian, int greek, int arabic,
                    int hebrew, int thai, int devanagari) {

    static ScriptCounts of(String text) {
        int[] c = new int[11];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp) && !Character.isIdeographic(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case LATIN -> c[0]++;
                case HAN -> c[1]++;
                case HIRAGANA, KATAKANA -> c[2]++;
                case HANGUL -> c[3]++;
                case CYRILLIC -> {
                    c[4]++;
                    if ("іїєґІЇЄҐ".indexOf(cp) >= 0) {
                        c[5]++;
                    }
                }
                case GREEK -> c[6]++;
                case ARABIC -> c[7]++;
                case HEBREW -> c[8]++;
                case THAI -> c[9]++;
                case DEVANAGARI -> c[10]++;
                default -> { }
            }
        }
        return new ScriptCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]);
    }

    int letters() {
        return latin + han + kana + hangul + cyrillic + greek + arabic + hebrew + thai + devanagari;
    }

    /** The language of the most frequent non-Latin script, or null when there is none. */
    String dominantNonLatin() {
        String best = null;
        int most = 0;
        int[] counts = {han, hangul, cyrillic, greek, arabic, hebrew, thai, devanagari};
        String[] languages = {"zh", "ko", ukrainian > 0 ? "uk" : "ru", "el", "ar", "he", "th", "hi"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > most) {
                most = counts[i];
                best = languages[i];
            }
        }
        return best;
    }

    /** Non-Latin letters in words: a Han character is about ⅔ of a word, alphabetic letters about a fifth. */
    double nonLatinWeight() {
        return han / 1.5 + (hangul + cyrillic + greek + arabic + hebrew + thai + devanagari) / 5.0;
    }
}
