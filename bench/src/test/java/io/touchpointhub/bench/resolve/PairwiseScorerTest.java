package io.touchpointhub.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Pairwise precision, recall and F1 on clusterings small enough to count by hand. */
class PairwiseScorerTest {

    private static GroundTruth entities(int... entity) {
        return new GroundTruth.Entities(entity);
    }

    @Test
    void theTrueClusteringScoresOne() {
        PairwiseScore score = PairwiseScorer.score(new int[] {7, 7, 7, 9, 9, 4}, entities(0, 0, 0, 1, 1, 2), null);
        assertThat(score).isEqualTo(new PairwiseScore(4, 4, 4));
        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void deduplicationCountsEveryPairInsideAClusterOnBothSides() {
        // truth {a b c} {d e}: 3 + 1 = 4 true pairs; predicted {a b} {c d e}: 1 + 3 = 4 pairs, of which a-b and d-e are true
        PairwiseScore score = PairwiseScorer.score(new int[] {1, 1, 2, 2, 2}, entities(0, 0, 0, 1, 1), null);
        assertThat(score).isEqualTo(new PairwiseScore(2, 4, 4));
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.f1()).isEqualTo(0.5);
    }

    @Test
    void linkageCountsOnlyPairsOfDifferentSources() {
        int[] sources = {0, 0, 1, 1};
        // one entity of four records, two per source: 2 x 2 = 4 cross-source true pairs, not 6
        PairwiseScore all = PairwiseScorer.score(new int[] {1, 1, 1, 1}, entities(0, 0, 0, 0), sources);
        assertThat(all).isEqualTo(new PairwiseScore(4, 4, 4));
        // clustering each source on its own predicts no cross-source pair at all
        PairwiseScore bySource = PairwiseScorer.score(new int[] {1, 1, 2, 2}, entities(0, 0, 0, 0), sources);
        assertThat(bySource).isEqualTo(new PairwiseScore(0, 0, 4));
    }

    @Test
    void withinSourcePairsOfALinkageClusterAreNeitherRewardedNorPenalised() {
        int[] sources = {0, 0, 1};
        // truth: records 0 and 2 match, record 1 is another entity of the same source
        PairwiseScore score = PairwiseScorer.score(new int[] {5, 5, 5}, entities(0, 1, 0), sources);
        // predicted cross pairs 0-2 (true) and 1-2 (false); the same-source pair 0-1 does not count
        assertThat(score).isEqualTo(new PairwiseScore(1, 2, 1));
    }

    @Test
    void pairListTruthIsScoredAsListedNotClosedTransitively() {
        // Amazon-Google style: a0-g2, a1-g2, a1-g3 (not 1:1); closing them would add a0-g3
        GroundTruth truth = new GroundTruth.Pairs(new int[] {0, 1, 1}, new int[] {2, 2, 3});
        int[] sources = {0, 0, 1, 1};
        PairwiseScore score = PairwiseScorer.score(new int[] {0, 0, 0, 0}, truth, sources);
        assertThat(score).isEqualTo(new PairwiseScore(3, 4, 3));
        assertThat(score.precision()).isEqualTo(0.75);
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void predictingNothingHasPrecisionOneRecallZeroAndF1Zero() {
        PairwiseScore score = PairwiseScorer.score(new int[] {0, 1, 2}, entities(0, 0, 1), null);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(0.0);
        assertThat(score.f1()).isEqualTo(0.0);
    }

    @Test
    void aHugeClusterIsCountedNotEnumerated() {
        int n = 200_000;
        int[] oneCluster = new int[n];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = i / 2; // pairs
        }
        PairwiseScore score = PairwiseScorer.score(oneCluster, entities(truth), null);
        assertThat(score.predictedPairs()).isEqualTo((long) n * (n - 1) / 2);
        assertThat(score.truePositives()).isEqualTo(n / 2);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.precision()).isCloseTo(1.0 / (n - 1), within(1e-12));
    }

    @Test
    void aPairListWithASameSourceOrRepeatedPairIsRejected() {
        int[] sources = {0, 0, 1};
        assertThatThrownBy(() -> PairwiseScorer.score(new int[3], new GroundTruth.Pairs(new int[] {0}, new int[] {1}), sources))
                .hasMessageContaining("not a pair of the task");
        assertThatThrownBy(() -> PairwiseScorer.score(new int[3],
                new GroundTruth.Pairs(new int[] {0, 2}, new int[] {2, 0}), sources)).hasMessageContaining("twice");
    }
}
