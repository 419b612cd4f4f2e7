package io.touchpointhub.identity.match.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClustererTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    private final Clusterer clusterer = new Clusterer(0.9, 0.5, 0.0, 50, false);

    /** Weighs pairs from a table; pairs not listed clearly differ. */
    private static PairWeigher weights(double ab, double bc, double ac) {
        return (x, y) -> x == A && y == B ? ab : x == B && y == C ? bc : x == A && y == C ? ac : -20;
    }

    @Test
    void chainedLinksDoNotPullInARecordThatClearlyDiffersFromTheCluster() {
        List<ScoredPair> pairs = List.of(new ScoredPair(A, B, 30, 0.999), new ScoredPair(B, C, 25, 0.99));

        Clustering clustering = clusterer.cluster(3, new int[3], pairs, weights(30, 25, -12), CannotLinks.none());

        assertThat(clustering.representative(B)).isEqualTo(A);
        assertThat(clustering.representative(C)).isEqualTo(C);
        assertThat(clustering.reviews()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo(ReviewPair.Reason.CONFLICT));
    }

    @Test
    void chainedLinksJoinWhenNoPairAcrossClearlyDiffers() {
        List<ScoredPair> pairs = List.of(new ScoredPair(A, B, 30, 0.999), new ScoredPair(B, C, 25, 0.99));

        Clustering clustering = clusterer.cluster(3, new int[3], pairs, weights(30, 25, 4), CannotLinks.none());

        assertThat(clustering.representative(C)).isEqualTo(A);
        assertThat(clustering.linkWeight(A)).isEqualTo(30);
        assertThat(clustering.linkWeight(C)).isEqualTo(25);
    }

    @Test
    void aCannotLinkPairNeverEndsInOneClusterNotEvenThroughAThirdRecord() {
        List<ScoredPair> pairs = List.of(new ScoredPair(A, B, 30, 0.999), new ScoredPair(B, C, 25, 0.99),
                new ScoredPair(A, C, 20, 0.99));

        Clustering clustering = clusterer.cluster(3, new int[3], pairs, weights(30, 25, 20),
                CannotLinks.none().add(A, C));

        assertThat(clustering.representative(A)).isNotEqualTo(clustering.representative(C));
        assertThat(clustering.reviews()).isEmpty();
    }

    @Test
    void uncertainPairsGoToReviewAndStayApart() {
        List<ScoredPair> pairs = List.of(new ScoredPair(A, B, 5, 0.7), new ScoredPair(C, D, 1, 0.2));

        Clustering clustering = clusterer.cluster(4, new int[4], pairs, (x, y) -> 5, CannotLinks.none());

        assertThat(clustering.clusters()).isEqualTo(4);
        assertThat(Double.isNaN(clustering.linkWeight(A))).isTrue();
        assertThat(clustering.reviews()).singleElement().satisfies(r -> {
            assertThat(r.a()).isEqualTo(A);
            assertThat(r.reason()).isEqualTo(ReviewPair.Reason.UNCERTAIN);
        });
    }

    @Test
    void clustersStopGrowingAtTheSizeCap() {
        Clusterer capped = new Clusterer(0.9, 0.5, 0.0, 2, false);
        List<ScoredPair> pairs = List.of(new ScoredPair(A, B, 30, 0.999), new ScoredPair(B, C, 25, 0.99));

        Clustering clustering = capped.cluster(3, new int[3], pairs, (x, y) -> 30, CannotLinks.none());

        assertThat(clustering.representative(C)).isEqualTo(C);
        assertThat(clustering.reviews()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo(ReviewPair.Reason.CLUSTER_SIZE));
    }

    @Test
    void oneToOneLinkageKeepsOneRecordPerSourceInACluster() {
        Clusterer oneToOne = new Clusterer(0.9, 0.5, 0.0, 50, true);
        int[] sources = {0, 1, 1};
        List<ScoredPair> pairs = List.of(new ScoredPair(A, B, 30, 0.999), new ScoredPair(A, C, 25, 0.99));

        Clustering clustering = oneToOne.cluster(3, sources, pairs, (x, y) -> 30, CannotLinks.none());

        assertThat(clustering.representative(B)).isEqualTo(A);
        assertThat(clustering.representative(C)).isEqualTo(C);
    }
}
