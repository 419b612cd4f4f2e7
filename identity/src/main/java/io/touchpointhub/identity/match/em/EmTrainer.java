package io.touchpointhub.identity.match.em;

/**
 * Expectation-maximisation for the two-class Fellegi-Sunter mixture over counted comparison
 * patterns, under conditional independence of the fields. Works on distinct patterns with their
 * counts, so millions of pairs cost no more than their few thousand patterns. Missing levels are
 * left out of both classes' likelihoods (they carry no evidence).
 */
public final class EmTrainer {

    /** Pseudo-count added to every level so no probability becomes 0 (an infinite weight). */
    private static final double SMOOTHING = 0.1;

    private final int maxIterations;
    private final double tolerance;

    public EmTrainer(int maxIterations, double tolerance) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /**
     * The estimated parameters.
     *
     * @param m          per field, per level: P(level | match)
     * @param u          per field, per level: P(level | non-match) among the patterns trained on
     * @param lambda     share of matches among the patterns trained on
     * @param iterations iterations run
     * @param converged  whether the largest parameter change fell below the tolerance
     */
    public record Result(double[][] m, double[][] u, double lambda, int iterations, boolean converged) {
    }

    /**
     * Trains on counted patterns.
     *
     * @param levels   per field, its number of levels
     * @param m        initial m (copied)
     * @param u        initial u (copied); kept as is when {@code fixU}
     * @param lambda   initial share of matches
     * @param fixU     estimate m and lambda only
     */
    public Result train(PatternCounts counts, int[] levels, double[][] m, double[][] u, double lambda, boolean fixU) {
        long[] patterns = counts.patterns();
        long[] weights = counts.countsOf(patterns);
        double[][] mm = copy(m);
        double[][] uu = copy(u);
        double lam = lambda;
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations && !converged) {
            iteration++;
            double[] posterior = expectation(patterns, levels.length, mm, uu, lam);
            double[][][] next = maximisation(patterns, weights, posterior, levels);
            double nextLambda = share(weights, posterior);
            double change = Math.abs(nextLambda - lam);
            change = Math.max(change, maxChange(mm, next[0]));
            mm = next[0];
            if (!fixU) {
                change = Math.max(change, maxChange(uu, next[1]));
                uu = next[1];
            }
            lam = nextLambda;
            converged = change < tolerance;
        }
        return new Result(mm, uu, lam, iteration, converged);
    }

    /** P(match | pattern) for each pattern, computed in log space. */
    public static double[] expectation(long[] patterns, int fields, double[][] m, double[][] u, double lambda) {
        double[] posterior = new double[patterns.length];
        double prior = Math.log(lambda) - Math.log1p(-lambda);
        for (int k = 0; k < patterns.length; k++) {
            double logRatio = prior;
            for (int f = 0; f < fields; f++) {
                int level = Patterns.level(patterns[k], f);
                if (level != Patterns.MISSING) {
                    logRatio += Math.log(m[f][level]) - Math.log(u[f][level]);
                }
            }
            posterior[k] = 1.0 / (1.0 + Math.exp(-logRatio));
        }
        return posterior;
    }

    private static double[][][] maximisation(long[] patterns, long[] weights, double[] posterior, int[] levels) {
        double[][] m = new double[levels.length][];
        double[][] u = new double[levels.length][];
        for (int f = 0; f < levels.length; f++) {
            m[f] = new double[levels[f]];
            u[f] = new double[levels[f]];
        }
        for (int k = 0; k < patterns.length; k++) {
            double match = weights[k] * posterior[k];
            double nonMatch = weights[k] - match;
            for (int f = 0; f < levels.length; f++) {
                int level = Patterns.level(patterns[k], f);
                if (level != Patterns.MISSING) {
                    m[f][level] += match;
                    u[f][level] += nonMatch;
                }
            }
        }
        return new double[][][] {normalise(m), normalise(u)};
    }

    private static double[][] normalise(double[][] counts) {
        for (double[] field : counts) {
            double total = 0;
            for (double c : field) {
                total += c;
            }
            for (int l = 0; l < field.length; l++) {
                field[l] = (field[l] + SMOOTHING) / (total + SMOOTHING * field.length);
            }
        }
        return counts;
    }

    private static double share(long[] weights, double[] posterior) {
        double matches = 0;
        double total = 0;
        for (int k = 0; k < weights.length; k++) {
            matches += weights[k] * posterior[k];
            total += weights[k];
        }
        double share = matches / total;
        return Math.min(1 - 1e-9, Math.max(1e-9, share));
    }

    private static double maxChange(double[][] before, double[][] after) {
        double change = 0;
        for (int f = 0; f < before.length; f++) {
            for (int l = 0; l < before[f].length; l++) {
                change = Math.max(change, Math.abs(before[f][l] - after[f][l]));
            }
        }
        return change;
    }

    private static double[][] copy(double[][] values) {
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].clone();
        }
        return out;
    }
}
