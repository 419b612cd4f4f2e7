package io.touchpointhub.identity.match.compare;

import java.util.Arrays;
import java.util.List;

/**
 * Multi-word values whose words may move or go missing (full names, streets, address lines,
 * companies): exact, the same words in another order, Jaro-Winkler ≥ 0.92 on the sorted words,
 * most words shared (Jaccard ≥ 0.5, an initial counting for a word it starts), different.
 */
public final class TokenSetComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("exact", "same-words-reordered", "jaro-winkler>=0.92",
            "most-words-shared", "different");

    /** A value as its sorted words and their concatenation. */
    private record Words(String[] sorted, String joined) {
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Object prepare(String value) {
        String[] words = value.split(" ");
        Arrays.sort(words);
        return new Words(words, String.join(" ", words));
    }

    @Override
    public int compare(Object a, Object b) {
        Words x = (Words) a;
        Words y = (Words) b;
        if (x.joined().equals(y.joined())) {
            return 1;
        }
        if (Similarity.jaroWinkler(x.joined(), y.joined(), 0.92) >= 0.92) {
            return 2;
        }
        return jaccard(x.sorted(), y.sorted()) >= 0.5 ? 3 : 4;
    }

    private static double jaccard(String[] x, String[] y) {
        int shared = 0;
        for (String word : x) {
            for (String other : y) {
                if (word.equals(other) || initialOf(word, other) || initialOf(other, word)) {
                    shared++;
                    break;
                }
            }
        }
        int union = x.length + y.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    private static boolean initialOf(String initial, String word) {
        return initial.length() == 1 && word.length() > 1 && word.charAt(0) == initial.charAt(0);
    }
}
