package io.touchpointhub.identity.match.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tokens of free text (product titles, paper titles, descriptions): folded words without common
 * English stop words, plural "s" stripped, and each code written with separators also as one token
 * ("PS-LX350H" gives "ps", "lx350h" and "pslx350h"), because model numbers are the most telling tokens
 * of a product title and are written both ways. A code ending in letters also gives its stem without
 * them ("EL6985B" gives "el6985"): trailing letters mostly name a colour or revision ("B" black, "W"
 * white), so two listings of one model share the stem. CJK text is split into single characters.
 */
public final class TextTokens {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "of", "for", "in", "on",
            "with", "to", "by", "from", "at", "as", "is", "are", "be", "its", "it", "this", "that", "into", "via",
            "using", "based", "new", "de", "la", "le", "der", "die", "und");

    private TextTokens() {
    }

    /** Normalised text as its tokens joined by single spaces (the dictionary key), or null when empty. */
    public static String normalize(String raw) {
        List<String> tokens = tokens(raw);
        return tokens.isEmpty() ? null : String.join(" ", tokens);
    }

    /** The distinct tokens of the text in order of first appearance. */
    public static List<String> tokens(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String folded = Scripts.fold(raw);
        Set<String> tokens = new LinkedHashSet<>();
        for (String chunk : folded.split("\\s+")) {
            addChunk(tokens, chunk);
        }
        return new ArrayList<>(tokens);
    }

    /** A whitespace-free chunk: its words, and the words joined when the chunk is a code with separators. */
    private static void addChunk(Set<String> tokens, String chunk) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < chunk.length(); ) {
            int cp = chunk.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL) {
                flush(words, word);
                words.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (cp != '\'' && cp != '\u2019') {
                flush(words, word);
            }
        }
        flush(words, word);
        for (String w : words) {
            add(tokens, w);
            addStem(tokens, w);
        }
        if (words.size() > 1 && chunk.chars().anyMatch(Character::isDigit)) {
            String joined = String.join("", words);
            add(tokens, joined);
            addStem(tokens, joined);
        }
    }

    /** A code with digits and trailing letters also counts without the trailing letters. */
    private static void addStem(Set<String> tokens, String word) {
        int end = word.length();
        while (end > 0 && Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        if (end == word.length() || end < 3) {
            return;
        }
        if (word.chars().limit(end).anyMatch(Character::isDigit) && word.chars().limit(end).anyMatch(Character::isLetter)) {
            tokens.add(word.substring(0, end));
        }
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static void add(Set<String> tokens, String word) {
        if (STOP_WORDS.contains(word)) {
            return;
        }
        tokens.add(stem(word));
    }

    private static String stem(String word) {
        int n = word.length();
        if (n > 3 && word.charAt(n - 1) == 's' && word.charAt(n - 2) != 's' && Character.isLetter(word.charAt(n - 2))
                && word.chars().noneMatch(Character::isDigit)) {
            return word.charAt(n - 2) == 'e' && n > 4 && word.charAt(n - 3) == 'i'
                    ? word.substring(0, n - 3) + "y" : word.substring(0, n - 1);
        }
        return word;
    }
}
