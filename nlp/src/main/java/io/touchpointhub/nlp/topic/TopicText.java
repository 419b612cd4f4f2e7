package io.touchpointhub.nlp.topic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text folded for topic matching: compatibility-normalised (full-width letters become ASCII), accents
 * removed, lower-cased, and cut into tokens. A token is a run of letters, digits and underscores, except
 * that every Han, Hiragana and Katakana character is a token of its own: those scripts do not separate
 * words, so a Chinese term matches as a substring. A token right after {@code #} is marked as a hashtag.
 * Built once per text and shared by every topic query evaluated on it.
 */
public final class TopicText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<String> tokens;
    private final boolean[] hashtags;

    private TopicText(List<String> tokens, boolean[] hashtags) {
        this.tokens = tokens;
        this.hashtags = hashtags;
    }

    /** Folds and tokenises a text; {@code null} is an empty text. */
    public static TopicText of(String text) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> tags = new ArrayList<>();
        String folded = fold(text == null ? "" : text);
        StringBuilder word = new StringBuilder();
        boolean hashtag = false;
        boolean afterHash = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isIdeographic(cp)) {
                flush(word, hashtag, tokens, tags);
                tokens.add(new String(Character.toChars(cp)));
                tags.add(afterHash);
                hashtag = false;
                afterHash = false;
            } else if (Character.isLetterOrDigit(cp) || cp == '_') {
                if (word.isEmpty()) {
                    hashtag = afterHash;
                }
                word.appendCodePoint(cp);
                afterHash = false;
            } else {
                flush(word, hashtag, tokens, tags);
                hashtag = false;
                afterHash = cp == '#' || cp == '＃';
            }
        }
        flush(word, hashtag, tokens, tags);
        boolean[] flags = new boolean[tags.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = tags.get(i);
        }
        return new TopicText(List.copyOf(tokens), flags);
    }

    /** Case, accent and width folding, as applied to texts and to query terms alike. */
    static String fold(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String decomposed = Normalizer.normalize(compatible, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static void flush(StringBuilder word, boolean hashtag, List<String> tokens, List<Boolean> tags) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            tags.add(hashtag);
            word.setLength(0);
        }
    }

    List<String> tokens() {
        return tokens;
    }

    /**
     * Whether the token sequence occurs in this text.
     *
     * @param hashtag the first token must follow a {@code #}
     * @param prefix  the last token only has to start with the last term
     */
    boolean contains(List<String> sequence, boolean hashtag, boolean prefix) {
        if (sequence.isEmpty()) {
            return false;
        }
        int last = tokens.size() - sequence.size();
        for (int start = 0; start <= last; start++) {
            if ((!hashtag || hashtags[start]) && matchesAt(start, sequence, prefix)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAt(int start, List<String> sequence, boolean prefix) {
        int end = sequence.size() - 1;
        for (int j = 0; j <= end; j++) {
            String token = tokens.get(start + j);
            String term = sequence.get(j);
            boolean ok = j == end && prefix ? token.startsWith(term) : token.equals(term);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
