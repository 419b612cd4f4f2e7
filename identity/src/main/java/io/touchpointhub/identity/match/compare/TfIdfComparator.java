package io.touchpointhub.identity.match.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Free text (product titles, paper titles, descriptions, author lists): cosine similarity of TF-IDF
 * vectors over the field's tokens, in bands of 0.1 from ≥ 0.9 down to ≥ 0.2, then below. IDF comes
 * from the whole field at {@link #prepareAll}, so a shared model number (rare) counts far more than a
 * shared "black" (common). Codes (tokens of letters and digits) that differ slightly ("dscs750" /
 * "dsc750") still meet with their Jaro-Winkler similarity when it is at least 0.9, as in Cohen,
 * Ravikumar and Fienberg's soft TF-IDF. Fine bands matter for ranking: in one-to-one linkage the best
 * candidate wins. Values are normalised token strings (see
 * {@link io.touchpointhub.identity.match.normalize.TextTokens}).
 */
public final class TfIdfComparator implements FieldComparator {

    private static final double[] BANDS = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
    private static final List<String> LEVELS = List.of("cosine>=0.9", "cosine>=0.8", "cosine>=0.7",
            "cosine>=0.6", "cosine>=0.5", "cosine>=0.4", "cosine>=0.3", "cosine>=0.2", "different");
    private static final double SOFT_MATCH = 0.9;

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private float[] idf = new float[0];
    private double unseenIdf = 1;

    /**
     * A value as token ids ascending with their unit-length TF-IDF weights, and its code tokens with
     * their ids and weights for the soft match.
     */
    public record Vector(int[] tokens, float[] weights, String[] codes, int[] codeIds, float[] codeWeights) {
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public synchronized Object[] prepareAll(String[] values, int[] counts) {
        int[] df = new int[1024];
        long documents = 0;
        for (int i = 0; i < values.length; i++) {
            documents += counts[i];
            for (String token : values[i].split(" ")) {
                int id = vocabulary.computeIfAbsent(token, t -> vocabulary.size());
                if (id >= df.length) {
                    df = Arrays.copyOf(df, df.length * 2);
                }
                df[id] += counts[i];
            }
        }
        idf = new float[vocabulary.size()];
        for (int id = 0; id < idf.length; id++) {
            idf[id] = (float) Math.log(1.0 + (double) documents / df[id]);
        }
        unseenIdf = Math.log(1.0 + documents);
        Object[] prepared = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            prepared[i] = prepare(values[i]);
        }
        return prepared;
    }

    @Override
    public Object prepare(String value) {
        String[] words = value.split(" ");
        int n = words.length;
        long[] idAndIndex = new long[n];
        double[] raw = new double[n];
        double norm = 0;
        int unseen = -1;
        for (int i = 0; i < n; i++) {
            Integer id = vocabulary.get(words[i]);
            int token = id == null ? unseen-- : id;
            raw[i] = id == null ? unseenIdf : idf[id];
            norm += raw[i] * raw[i];
            idAndIndex[i] = ((long) token << 32) | i;
        }
        norm = Math.sqrt(norm);
        Arrays.sort(idAndIndex);
        int[] tokens = new int[n];
        float[] weights = new float[n];
        List<Integer> codes = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = (int) idAndIndex[k];
            tokens[k] = (int) (idAndIndex[k] >> 32);
            weights[k] = (float) (raw[i] / norm);
            if (isCode(words[i])) {
                codes.add(k);
            }
        }
        String[] codeWords = new String[codes.size()];
        int[] codeIds = new int[codes.size()];
        float[] codeWeights = new float[codes.size()];
        for (int c = 0; c < codeWords.length; c++) {
            int k = codes.get(c);
            codeWords[c] = words[(int) idAndIndex[k]];
            codeIds[c] = tokens[k];
            codeWeights[c] = weights[k];
        }
        return new Vector(tokens, weights, codeWords, codeIds, codeWeights);
    }

    /** Letters and digits mixed, at least four characters: a model or part number. */
    private static boolean isCode(String word) {
        return word.length() >= 4 && word.chars().anyMatch(Character::isDigit) && word.chars().anyMatch(Character::isLetter);
    }

    @Override
    public double[] bandFloors() {
        return BANDS.clone();
    }

    @Override
    public double similarity(Object a, Object b) {
        return cosine((Vector) a, (Vector) b);
    }

    @Override
    public int compare(Object a, Object b) {
        double cosine = cosine((Vector) a, (Vector) b);
        for (int level = 0; level < BANDS.length; level++) {
            if (cosine >= BANDS[level]) {
                return level;
            }
        }
        return BANDS.length;
    }

    /** Soft cosine of two prepared values; unseen tokens (negative ids) only meet through the soft match. */
    public static double cosine(Vector x, Vector y) {
        int[] a = x.tokens();
        int[] b = y.tokens();
        int i = 0;
        int j = 0;
        double dot = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                if (a[i] >= 0) {
                    dot += x.weights()[i] * y.weights()[j];
                }
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, dot + softCodes(x, y));
    }

    /** Each code of x without an exact partner in y takes its most similar unused code of y (JW ≥ 0.9). */
    private static double softCodes(Vector x, Vector y) {
        if (x.codes().length == 0 || y.codes().length == 0) {
            return 0;
        }
        double sum = 0;
        long used = 0;
        for (int c = 0; c < x.codes().length; c++) {
            if (x.codeIds()[c] >= 0 && Arrays.binarySearch(y.tokens(), x.codeIds()[c]) >= 0) {
                continue;
            }
            int best = -1;
            double bestSimilarity = SOFT_MATCH;
            for (int d = 0; d < y.codes().length && d < 64; d++) {
                if ((used & (1L << d)) != 0 || y.codeIds()[d] >= 0 && Arrays.binarySearch(x.tokens(), y.codeIds()[d]) >= 0) {
                    continue;
                }
                double similarity = sameModel(x.codes()[c], y.codes()[d]) ? SOFT_MATCH : 0;
                if (similarity >= bestSimilarity) {
                    best = d;
                    bestSimilarity = similarity;
                }
            }
            if (best >= 0) {
                used |= 1L << best;
                sum += x.codeWeights()[c] * y.codeWeights()[best] * bestSimilarity;
            }
        }
        return sum;
    }

    /**
     * Codes one letter apart ("dscs750" / "dsc750", "kxts208" / "kxt208") name the same model; codes
     * whose digits differ ("dscw150" / "dscw130") do not.
     */
    static boolean sameModel(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || Math.min(a.length(), b.length()) < 5
                || !digits(a).equals(digits(b))) {
            return false;
        }
        return Similarity.editDistance(a, b, 1) == 1;
    }

    private static String digits(String code) {
        StringBuilder out = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            if (Character.isDigit(code.charAt(i))) {
                out.append(code.charAt(i));
            }
        }
        return out.toString();
    }

    /** The IDF of a token of the prepared corpus, or the IDF of an unseen token. */
    public double idf(int token) {
        return token >= 0 && token < idf.length ? idf[token] : unseenIdf;
    }

    /** The id of a token in the corpus, or -1. */
    public int tokenId(String token) {
        return vocabulary.getOrDefault(token, -1);
    }
}
