package io.touchpointhub.identity.match.normalize;

import java.util.Arrays;
import java.util.Set;

/**
 * Person names: NFKC, Latin names folded (case, accents, punctuation; "O'Brien" → "obrien",
 * "Mary-Jane" → "mary jane"), titles and generational suffixes dropped when a name remains; Chinese,
 * Japanese and Korean names keep their characters and lose only whitespace and punctuation
 * ("张 伟" and "张伟" are the same name).
 */
public final class NameNormalizer {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir",
            "dame", "rev", "herr", "frau", "mme", "mlle", "m");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");

    private NameNormalizer() {
    }

    /** The normalised name, or null when nothing of a name is left. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String nfkc = Scripts.nfkc(raw);
        if (Scripts.hasCjk(nfkc)) {
            return cjk(nfkc);
        }
        String words = Scripts.words(Scripts.fold(nfkc));
        return words == null ? null : dropTitles(words);
    }

    private static String cjk(String nfkc) {
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.length() == 0 ? null : out.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String dropTitles(String words) {
        if (words.indexOf(' ') < 0) {
            return words;
        }
        String[] tokens = words.split(" ");
        int from = 0;
        int to = tokens.length;
        while (to - from > 1 && TITLES.contains(tokens[from])) {
            from++;
        }
        while (to - from > 1 && SUFFIXES.contains(tokens[to - 1])) {
            to--;
        }
        return String.join(" ", Arrays.copyOfRange(tokens, from, to));
    }
}
