package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.em.Patterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trained Fellegi-Sunter model: per field and level the weight log2(m/u), with a term-frequency
 * adjustment for exact agreement on rare names, and the prior probability that two random records
 * match. Scores any two records of a {@link RecordTable}. Immutable and thread-safe.
 */
public final class MatchModel {

    /** Fields a model can weigh. */
    public static final int MAX_FIELDS = Patterns.MAX_FIELDS;

    private final List<FieldSpec> fields;
    private final List<List<String>> levels;
    private final double[][] m;
    private final double[][] u;
    private final double[][] weights;
    private final boolean[] termFrequency;
    private final double[][] bandFloors;
    private final double prior;
    private final double priorWeight;

    /**
     * @param m     per field and level P(level | match)
     * @param u     per field and level P(level | random pair)
     * @param prior P(match) for two random records
     * @param bandFloors per field the similarity floors of its bands (see
     *                   {@link io.touchpointhub.identity.match.compare.FieldComparator#bandFloors()}), or
     *                   null entries for discrete levels; null for none at all
     */
    public MatchModel(List<FieldSpec> fields, List<List<String>> levels, double[][] m, double[][] u, double prior,
            double[][] bandFloors) {
        this.fields = List.copyOf(fields);
        this.levels = levels.stream().map(List::copyOf).toList();
        this.m = deepCopy(m);
        this.u = deepCopy(u);
        this.weights = new double[m.length][];
        this.termFrequency = new boolean[fields.size()];
        this.bandFloors = bandFloors == null ? new double[fields.size()][] : deepCopy(bandFloors);
        for (int f = 0; f < m.length; f++) {
            weights[f] = new double[m[f].length];
            for (int l = 0; l < m[f].length; l++) {
                weights[f][l] = log2(m[f][l] / u[f][l]);
            }
            weights[f] = monotone(weights[f], m[f]);
            termFrequency[f] = FieldKinds.termFrequencyAdjusted(fields.get(f).type());
        }
        this.prior = prior;
        this.priorWeight = log2(prior / (1 - prior));
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    /** P(match) for two random records. */
    public double prior() {
        return prior;
    }

    public double m(int field, int level) {
        return m[field][level];
    }

    public double u(int field, int level) {
        return u[field][level];
    }

    /** log2(m/u) of a level, before any term-frequency adjustment. */
    public double levelWeight(int field, int level) {
        return weights[field][level];
    }

    /** The comparison pattern of two records (one level per field, see {@link Patterns}). */
    public long pattern(RecordTable table, int a, int b) {
        return table.pattern(a, b);
    }

    /** The match weight of two records. */
    public double weight(RecordTable table, int a, int b) {
        return weight(table, a, b, pattern(table, a, b));
    }

    /** The match weight of two records whose pattern is known. */
    public double weight(RecordTable table, int a, int b, long pattern) {
        double weight = 0;
        for (int f = 0; f < fields.size(); f++) {
            int level = Patterns.level(pattern, f);
            if (level != Patterns.MISSING) {
                weight += fieldWeight(table, f, level, a, b);
            }
        }
        return weight;
    }

    /** Weight and per-field evidence of two records. */
    public PairScore score(RecordTable table, int a, int b) {
        List<FieldEvidence> evidence = new ArrayList<>(fields.size());
        double weight = 0;
        for (int f = 0; f < fields.size(); f++) {
            int level = table.column(f).level(a, b);
            if (level < 0) {
                evidence.add(new FieldEvidence(fields.get(f).name(), "missing", 0));
            } else {
                double w = fieldWeight(table, f, level, a, b);
                evidence.add(new FieldEvidence(fields.get(f).name(), levels.get(f).get(level), w));
                weight += w;
            }
        }
        return new PairScore(weight, probability(weight), evidence);
    }

    /**
     * An exact agreement on a term-frequency field weighs log2(m / frequency of the value): more for a
     * rare surname than for "smith", never less than the next level down.
     */
    private double fieldWeight(RecordTable table, int field, int level, int a, int b) {
        double[] floors = bandFloors[field];
        if (floors != null && level > 0 && level < floors.length) {
            return interpolated(field, level, floors, table.column(field).similarity(a, b));
        }
        double weight = weights[field][level];
        if (level != 0 || !termFrequency[field] || weights[field].length < 2) {
            return weight;
        }
        Column column = table.column(field);
        double frequency = column.frequency(column.code(a));
        double adjusted = weight + log2(u[field][0] / Math.max(frequency, 1e-9));
        return Math.max(adjusted, weights[field][1]);
    }

    /**
     * Within a band of a continuous similarity the weight rises linearly from the band's own weight at
     * its floor to the next stronger band's weight at that band's floor.
     */
    private double interpolated(int field, int level, double[] floors, double similarity) {
        double low = floors[level];
        double high = floors[level - 1];
        double position = Math.max(0, Math.min(1, (similarity - low) / (high - low)));
        return weights[field][level] + position * (weights[field][level - 1] - weights[field][level]);
    }

    /**
     * Weights that never rise from a stronger level to a weaker one (pool adjacent violators,
     * weighted by m): a noisy estimate must not make "cosine ≥ 0.5" count more than "≥ 0.6".
     */
    static double[] monotone(double[] weights, double[] mass) {
        int n = weights.length;
        double[] value = new double[n];
        double[] weight = new double[n];
        int[] length = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            value[blocks] = weights[i];
            weight[blocks] = Math.max(mass[i], 1e-12);
            length[blocks] = 1;
            blocks++;
            while (blocks > 1 && value[blocks - 2] < value[blocks - 1]) {
                double w = weight[blocks - 2] + weight[blocks - 1];
                value[blocks - 2] = (value[blocks - 2] * weight[blocks - 2] + value[blocks - 1] * weight[blocks - 1]) / w;
                weight[blocks - 2] = w;
                length[blocks - 2] += length[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[n];
        int at = 0;
        for (int k = 0; k < blocks; k++) {
            for (int j = 0; j < length[k]; j++) {
                out[at++] = value[k];
            }
        }
        return out;
    }

    /** The posterior match probability of a match weight. */
    public double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2, -(weight + priorWeight)));
    }

    /** The match weight at which the posterior probability reaches p. */
    public double weightFor(double probability) {
        return log2(probability / (1 - probability)) - priorWeight;
    }

    /** Fields, levels, m, u and weights, one line per level, for logs and docs (no data values). */
    public String describe() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "prior %.3g (weight %.2f)%n", prior, priorWeight));
        for (int f = 0; f < fields.size(); f++) {
            for (int l = 0; l < weights[f].length; l++) {
                out.append(String.format(Locale.ROOT, "  %-22s %-22s m=%.4f u=%.6f w=%+.2f%n", fields.get(f).name(),
                        levels.get(f).get(l), m[f][l], u[f][l], weights[f][l]));
            }
        }
        return out.toString();
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double[][] deepCopy(double[][] values) {
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == null ? null : values[i].clone();
        }
        return out;
    }
}
