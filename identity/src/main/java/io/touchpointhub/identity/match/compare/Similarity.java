package io.touchpointhub.identity.match.compare;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * String distances from Apache Commons Text, plus the adjacent transposition Levenshtein counts as two.
 * Cheap bounds from the characters two strings share answer most comparisons of unrelated values
 * (random pairs, blocks of strangers) without running the full algorithms.
 */
public final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance[] LEVENSHTEIN = {
        new LevenshteinDistance(0), new LevenshteinDistance(1), new LevenshteinDistance(2), new LevenshteinDistance(3)};

    private Similarity() {
    }

    /** Jaro-Winkler similarity in [0, 1]. */
    public static double jaroWinkler(CharSequence a, CharSequence b) {
        return JARO_WINKLER.apply(a, b);
    }

    /**
     * Jaro-Winkler similarity when it can reach {@code floor}; otherwise an upper bound below the floor.
     * Jaro counts matching characters, which cannot exceed the characters the strings share, and the
     * Winkler prefix bonus adds at most 0.4 of the remaining distance.
     */
    public static double jaroWinkler(CharSequence a, CharSequence b, double floor) {
        int common = commonCharacters(a, b);
        double jaro = common == 0 ? 0 : (common / (double) a.length() + common / (double) b.length() + 1) / 3;
        double bound = jaro + 0.4 * (1 - jaro);
        return bound < floor ? bound : JARO_WINKLER.apply(a, b);
    }

    /**
     * The Damerau (optimal string alignment) distance when it is at most {@code max} (0..3), else -1:
     * Levenshtein from Commons Text, with a single adjacent transposition ("1234" / "1243") counted as
     * one edit.
     */
    public static int editDistance(CharSequence a, CharSequence b, int max) {
        if (Math.max(a.length(), b.length()) - commonCharacters(a, b) > max) {
            return -1;
        }
        int levenshtein = LEVENSHTEIN[max].apply(a, b);
        if (levenshtein == 1 || levenshtein == 0) {
            return levenshtein;
        }
        if (oneTransposition(a, b)) {
            return 1;
        }
        return levenshtein;
    }

    /**
     * How many characters the strings share, counted as multisets: no alignment can match more, and
     * every edit fixes at most one unshared character on each side.
     */
    static int commonCharacters(CharSequence a, CharSequence b) {
        if (a.length() * b.length() > 100) {
            return commonByBuckets(a, b);
        }
        long used = 0;
        int common = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            for (int j = 0; j < b.length(); j++) {
                if ((used & (1L << j)) == 0 && b.charAt(j) == c) {
                    used |= 1L << j;
                    common++;
                    break;
                }
            }
        }
        return common;
    }

    /** Longer strings: counts per character bucket (c mod 128); sharing a bucket only overestimates. */
    private static int commonByBuckets(CharSequence a, CharSequence b) {
        int[] counts = new int[128];
        for (int i = 0; i < a.length(); i++) {
            counts[a.charAt(i) & 127]++;
        }
        int common = 0;
        for (int j = 0; j < b.length(); j++) {
            if (counts[b.charAt(j) & 127]-- > 0) {
                common++;
            }
        }
        return common;
    }

    /** Whether b is a with exactly one pair of adjacent characters swapped. */
    public static boolean oneTransposition(CharSequence a, CharSequence b) {
        if (a.length() != b.length() || a.length() < 2) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = i;
                break;
            }
        }
        if (first < 0 || first == a.length() - 1 || a.charAt(first) != b.charAt(first + 1)
                || a.charAt(first + 1) != b.charAt(first)) {
            return false;
        }
        for (int i = first + 2; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
