package io.touchpointhub.identity.match.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Free text (product titles, paper titles, descriptions, author lists): cosine similarity of TF-IDF
 * vectors over the field's tokens, in bands ≥ 0.9, ≥ 0.75, ≥ 0.6, ≥ 0.45, ≥ 0.3, below. IDF comes
 * from the whole field at {@link #prepareAll}, so a shared model number (rare) counts far more than a
 * shared "black" (common). Values are normalised token strings (see
 * {@link io.touchpointhub.identity.match.normalize.TextTokens}).
 */
public final class TfIdfComparator implements FieldComparator {

    private static final double[] BANDS = {0.9, 0.75, 0.6, 0.45, 0.3};
    private static final List<String> LEVELS = List.of("cosine>=0.9", "cosine>=0.75", "cosine>=0.6",
            "cosine>=0.45", "cosine>=0.3", "different");

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private float[] idf = new float[0];
    private double unseenIdf = 1;

    /** A value as token ids ascending with their unit-length TF-IDF weights. */
    public record Vector(int[] tokens, float[] weights) {
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
        int[] tokens = new int[words.length];
        double[] raw = new double[words.length];
        int unseen = -1;
        for (int i = 0; i < words.length; i++) {
            Integer id = vocabulary.get(words[i]);
            tokens[i] = id == null ? unseen-- : id;
            raw[i] = id == null ? unseenIdf : idf[id];
        }
        Integer[] order = new Integer[words.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Integer.compare(tokens[p], tokens[q]));
        double norm = 0;
        for (double w : raw) {
            norm += w * w;
        }
        norm = Math.sqrt(norm);
        int[] sortedTokens = new int[words.length];
        float[] weights = new float[words.length];
        for (int i = 0; i < order.length; i++) {
            sortedTokens[i] = tokens[order[i]];
            weights[i] = (float) (raw[order[i]] / norm);
        }
        return new Vector(sortedTokens, weights);
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

    /** Cosine of two prepared values; unseen tokens (negative ids) never match. */
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
        return dot;
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
