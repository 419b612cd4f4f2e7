package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.em.EmTrainer;
import io.touchpointhub.identity.match.em.PatternCounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns counted candidate patterns and a random-pair sample into a {@link MatchModel}: EM for m and
 * the share of matches among candidates, the prior of a random pair, and u with the matches taken
 * out of the random sample.
 */
final class ModelTrainer {

    private static final double EM_TOLERANCE = 1e-6;
    private static final double INITIAL_MATCH_SHARE = 0.1;

    private final MatchSettings settings;

    ModelTrainer(MatchSettings settings) {
        this.settings = settings;
    }

    /** A trained model with what EM found. */
    record Trained(MatchModel model, EmTrainer.Result em, double expectedMatches) {
    }

    Trained train(RecordTable table, PatternCounts patterns, long candidates, RandomPairs random) {
        EmTrainer.Result em = em(table, patterns, random.u());
        double expectedMatches = expectedMatches(table, em.lambda(), candidates);
        double prior = prior(expectedMatches, table.pairCount(settings.linkMode()));
        MatchModel model = new MatchModel(table.fields(), levelNames(table), em.m(), random.u(em.m(), prior), prior,
                bandFloors(table));
        return new Trained(model, em, expectedMatches);
    }

    /**
     * EM over the candidate patterns, starting from m that favours agreement, u from random pairs and
     * a tenth of candidates matching. u is re-estimated for the candidates (blocked non-matches agree
     * more often than random ones) but only m and the match share are kept.
     */
    private EmTrainer.Result em(RecordTable table, PatternCounts patterns, double[][] u) {
        int[] levels = table.levelCounts();
        double[][] m = new double[levels.length][];
        for (int f = 0; f < levels.length; f++) {
            m[f] = initialM(levels[f]);
        }
        if (patterns.size() == 0) {
            return new EmTrainer.Result(m, u, INITIAL_MATCH_SHARE, 0, true);
        }
        return new EmTrainer(settings.maxEmIterations(), EM_TOLERANCE).train(patterns, levels, m, u,
                INITIAL_MATCH_SHARE, false);
    }

    /** 0.9 on "exact", the rest halving level by level. */
    private static double[] initialM(int levels) {
        double[] m = new double[levels];
        m[0] = 0.9;
        double rest = 0;
        for (int l = 1; l < levels; l++) {
            m[l] = Math.pow(0.5, l);
            rest += m[l];
        }
        for (int l = 1; l < levels; l++) {
            m[l] = 0.1 * m[l] / rest;
        }
        return m;
    }

    /** The matches EM finds among the candidates; one-to-one linkage cannot have more than its smallest source. */
    private double expectedMatches(RecordTable table, double candidateShare, long candidates) {
        double matches = Math.max(1.0, candidateShare * candidates);
        if (settings.oneToOne() && settings.linkMode() == LinkMode.ACROSS_SOURCES) {
            matches = Math.min(matches, Arrays.stream(table.sourceSizes()).min().orElse(1));
        }
        return matches;
    }

    /** P(match) for a random pair: the expected matches over all possible pairs. */
    private static double prior(double matches, long possible) {
        if (possible <= 0) {
            return 0.5;
        }
        return Math.min(0.5, Math.max(1e-12, matches / possible));
    }

    private static double[][] bandFloors(RecordTable table) {
        double[][] floors = new double[table.fields().size()][];
        for (int f = 0; f < floors.length; f++) {
            floors[f] = table.column(f).comparator().bandFloors();
        }
        return floors;
    }

    private static List<List<String>> levelNames(RecordTable table) {
        List<List<String>> names = new ArrayList<>();
        for (int f = 0; f < table.fields().size(); f++) {
            names.add(table.column(f).comparator().levels());
        }
        return names;
    }
}
