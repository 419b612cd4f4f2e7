package io.touchpointhub.identity.match.em;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EmTrainerTest {

    private static final double[][] TRUE_M = {{0.85, 0.10, 0.05}, {0.90, 0.10}, {0.70, 0.20, 0.10}, {0.80, 0.20}};
    private static final double[][] TRUE_U = {{0.02, 0.08, 0.90}, {0.05, 0.95}, {0.10, 0.20, 0.70}, {0.30, 0.70}};
    private static final double TRUE_LAMBDA = 0.2;
    private static final int[] LEVELS = {3, 2, 3, 2};

    @Test
    void recoversKnownMAndMatchShareFromUnlabelledPatterns() {
        PatternCounts counts = sample(200_000, 1);

        EmTrainer.Result result = new EmTrainer(500, 1e-8).train(counts, LEVELS, flatM(), flatU(), 0.5, false);

        assertThat(result.converged()).isTrue();
        assertThat(result.lambda()).isCloseTo(TRUE_LAMBDA, within(0.01));
        for (int f = 0; f < LEVELS.length; f++) {
            for (int l = 0; l < LEVELS[f]; l++) {
                assertThat(result.m()[f][l]).as("m[%d][%d]", f, l).isCloseTo(TRUE_M[f][l], within(0.02));
                assertThat(result.u()[f][l]).as("u[%d][%d]", f, l).isCloseTo(TRUE_U[f][l], within(0.02));
            }
        }
    }

    @Test
    void withUFixedOnlyMAndTheShareMove() {
        PatternCounts counts = sample(100_000, 2);

        EmTrainer.Result result = new EmTrainer(500, 1e-8).train(counts, LEVELS, flatM(), TRUE_U, 0.5, true);

        assertThat(result.u()).isDeepEqualTo(TRUE_U);
        assertThat(result.lambda()).isCloseTo(TRUE_LAMBDA, within(0.01));
        assertThat(result.m()[0][0]).isCloseTo(TRUE_M[0][0], within(0.02));
    }

    @Test
    void missingLevelsCarryNoEvidence() {
        long pattern = Patterns.with(Patterns.with(0, 0, 0), 1, -1);
        double[] posterior = EmTrainer.expectation(new long[] {pattern, Patterns.with(0, 1, -1)}, 2,
                new double[][] {{0.9, 0.1}, {0.9, 0.1}}, new double[][] {{0.1, 0.9}, {0.1, 0.9}}, 0.5);

        assertThat(Patterns.level(pattern, 1)).isEqualTo(Patterns.MISSING);
        assertThat(posterior[0]).isCloseTo(0.9, within(1e-9));
    }

    /** Draws pairs from the known mixture, one level per field, independently given the class. */
    private static PatternCounts sample(int pairs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PatternCounts counts = new PatternCounts();
        for (int i = 0; i < pairs; i++) {
            double[][] probabilities = random.nextDouble() < TRUE_LAMBDA ? TRUE_M : TRUE_U;
            long pattern = 0;
            for (int f = 0; f < LEVELS.length; f++) {
                pattern = Patterns.with(pattern, f, draw(random, probabilities[f]));
            }
            counts.add(pattern, 1);
        }
        return counts;
    }

    private static int draw(SplittableRandom random, double[] probabilities) {
        double x = random.nextDouble();
        for (int l = 0; l < probabilities.length - 1; l++) {
            x -= probabilities[l];
            if (x < 0) {
                return l;
            }
        }
        return probabilities.length - 1;
    }

    private static double[][] flatM() {
        return new double[][] {{0.6, 0.3, 0.1}, {0.7, 0.3}, {0.6, 0.3, 0.1}, {0.6, 0.4}};
    }

    private static double[][] flatU() {
        return new double[][] {{0.1, 0.2, 0.7}, {0.2, 0.8}, {0.2, 0.3, 0.5}, {0.4, 0.6}};
    }
}
