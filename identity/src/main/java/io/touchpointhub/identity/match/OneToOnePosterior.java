package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.cluster.ScoredPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Match probabilities for one-to-one linkage, where a record has at most one match in the other
 * sources, so its candidates compete. For a pair (a, b) and record a the hypotheses are "a matches
 * b", "a matches another candidate c" and "a has no match"; with prior π/n for each specific partner
 * and 1-π for none (π: the share of a's source that has a match, from EM; n: the records of the other
 * sources), and counting a rival c only as far as c is not already the match of someone else:
 * <pre>
 *   p_a(b) = 2^w(a,b)·free(b) / (n·(1-π)/π + Σ_c 2^w(a,c)·free(c)),   free(c) = 1 - Σ_{d≠a} q(c,d)
 * </pre>
 * and q(a,b) the mean of p_a(b) and p_b(a) (the row and the column view of one assignment), iterated
 * with damping until no q moves by more than 1e-4: a mean-field approximation of the posterior over one-to-one
 * assignments. π counts one more record than its source has as possibly unmatched, so "no match"
 * never becomes impossible. A clear best match thus counts for more than the same
 * weight among close rivals, and a rival that has its own match stops competing.
 */
final class OneToOnePosterior {

    private static final double MAX_EXPONENT = 1000;
    private static final int MAX_ITERATIONS = 1000;
    private static final double TOLERANCE = 1e-4;
    private static final double DAMPING = 0.5;

    private OneToOnePosterior() {
    }

    /** The pairs with their one-to-one probabilities. */
    static List<ScoredPair> apply(RecordTable table, List<ScoredPair> pairs, double expectedMatches) {
        int n = table.size();
        int m = pairs.size();
        double[] factor = new double[m];
        for (int e = 0; e < m; e++) {
            factor[e] = Math.pow(2, Math.min(MAX_EXPONENT, pairs.get(e).weight()));
        }
        double[] noMatch = noMatch(table, expectedMatches);
        double[] q = new double[m];
        double[] taken = new double[n];
        double[] mass = new double[n];
        double change = 1;
        for (int iteration = 0; iteration < MAX_ITERATIONS && change > TOLERANCE; iteration++) {
            Arrays.fill(mass, 0);
            for (int e = 0; e < m; e++) {
                ScoredPair pair = pairs.get(e);
                mass[pair.a()] += factor[e] * free(taken, pair.b(), q[e]);
                mass[pair.b()] += factor[e] * free(taken, pair.a(), q[e]);
            }
            double[] next = new double[m];
            change = 0;
            for (int e = 0; e < m; e++) {
                ScoredPair pair = pairs.get(e);
                double pa = factor[e] * free(taken, pair.b(), q[e]) / (noMatch[table.source(pair.a())] + mass[pair.a()]);
                double pb = factor[e] * free(taken, pair.a(), q[e]) / (noMatch[table.source(pair.b())] + mass[pair.b()]);
                next[e] = DAMPING * q[e] + (1 - DAMPING) * (pa + pb) / 2;
                change = Math.max(change, Math.abs(next[e] - q[e]));
            }
            q = next;
            Arrays.fill(taken, 0);
            for (int e = 0; e < m; e++) {
                taken[pairs.get(e).a()] += q[e];
                taken[pairs.get(e).b()] += q[e];
            }
        }
        List<ScoredPair> out = new ArrayList<>(m);
        for (int e = 0; e < m; e++) {
            ScoredPair pair = pairs.get(e);
            out.add(new ScoredPair(pair.a(), pair.b(), pair.weight(), q[e]));
        }
        return out;
    }

    /** How free record r is to match, leaving out its pair with probability q. */
    private static double free(double[] taken, int r, double q) {
        return Math.max(0, Math.min(1, 1 - (taken[r] - q)));
    }

    /** Per source: n·(1-π)/π, the odds mass of "no match" against one specific partner; π = matches/(size+1). */
    private static double[] noMatch(RecordTable table, double expectedMatches) {
        long[] sizes = table.sourceSizes();
        double[] noMatch = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            double pi = Math.max(1e-6, Math.min(expectedMatches, sizes[s]) / (sizes[s] + 1.0));
            noMatch[s] = Math.max(1, table.size() - sizes[s]) * (1 - pi) / pi;
        }
        return noMatch;
    }
}
