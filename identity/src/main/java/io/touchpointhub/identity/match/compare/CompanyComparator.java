package io.touchpointhub.identity.match.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Company names (normalised by {@code CompanyNormalizer}): the same words (matched one by one, see below);
 * every word of the shorter name found in the longer ("Philips" in "Koninklijke Philips Electronic",
 * "Akzo Nobel" in "Akzo Nobel Arnhem"); the name's most distinctive word (the rarest in the column)
 * shared; some word shared; different. Words match when equal, when one abbreviates the other (a
 * prefix of at least four letters: "gloeilampenfab" / "gloeilampenfabrieken") or, from five letters
 * on, within Jaro-Winkler 0.92 ("phillips" / "philips"); a name written as one word matches its words
 * run together ("gistbrocades" / "gist brocades").
 */
public final class CompanyComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("exact", "same-words", "all-words-of-one-in-other",
            "distinctive-word-shared", "some-word-shared", "different");
    private static final double WORD_JARO_WINKLER = 0.92;

    /** A name's words, sorted, and the index of its rarest word. */
    record Name(String[] words, String joined, int rarest) {
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Object[] prepareAll(String[] values, int[] counts) {
        Map<String, Integer> frequency = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            for (String word : values[i].split(" ")) {
                frequency.merge(word, counts[i], Integer::sum);
            }
        }
        Object[] prepared = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            prepared[i] = name(values[i], frequency);
        }
        return prepared;
    }

    @Override
    public Object prepare(String value) {
        return name(value, Map.of());
    }

    private static Name name(String value, Map<String, Integer> frequency) {
        String[] words = Arrays.stream(value.split(" ")).distinct().sorted().toArray(String[]::new);
        int rarest = 0;
        for (int w = 1; w < words.length; w++) {
            int f = frequency.getOrDefault(words[w], 0);
            int best = frequency.getOrDefault(words[rarest], 0);
            if (f < best || f == best && words[w].length() > words[rarest].length()) {
                rarest = w;
            }
        }
        return new Name(words, String.join(" ", words), rarest);
    }

    @Override
    public int compare(Object a, Object b) {
        Name x = (Name) a;
        Name y = (Name) b;
        if (x.joined().equals(y.joined()) || runTogether(x, y) || runTogether(y, x)) {
            return 1;
        }
        int shared = shared(x, y);
        int shorter = Math.min(x.words().length, y.words().length);
        if (shared >= shorter) {
            return x.words().length == y.words().length ? 1 : 2;
        }
        if (found(x.words()[x.rarest()], y.words()) || found(y.words()[y.rarest()], x.words())) {
            return 3;
        }
        return shared > 0 ? 4 : 5;
    }

    /** Words of x found in y. */
    private static int shared(Name x, Name y) {
        Name small = x.words().length <= y.words().length ? x : y;
        Name large = small == x ? y : x;
        int shared = 0;
        for (String word : small.words()) {
            if (found(word, large.words())) {
                shared++;
            }
        }
        return shared;
    }

    private static boolean found(String word, String[] words) {
        for (String other : words) {
            if (sameWord(word, other)) {
                return true;
            }
        }
        return false;
    }

    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a))) {
            return true;
        }
        return shorter >= 5 && Similarity.jaroWinkler(a, b, WORD_JARO_WINKLER) >= WORD_JARO_WINKLER;
    }

    /** x is one word that is y's two or three words run together, in some order. */
    private static boolean runTogether(Name x, Name y) {
        if (x.words().length != 1 || y.words().length < 2 || y.words().length > 3) {
            return false;
        }
        String one = x.words()[0];
        String[] w = y.words();
        if (one.length() != y.joined().length() - (w.length - 1)) {
            return false;
        }
        if (w.length == 2) {
            return one.equals(w[0] + w[1]) || one.equals(w[1] + w[0]);
        }
        int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (int[] o : orders) {
            if (one.equals(w[o[0]] + w[o[1]] + w[o[2]])) {
                return true;
            }
        }
        return false;
    }
}
