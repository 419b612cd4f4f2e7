package io.touchpointhub.identity.match.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy guarded agglomeration. Pairs are taken strongest first (by match weight). A pair at or above the match
 * probability joins its two clusters unless a cannot-link pair spans them, the result would exceed
 * {@code maxClusterSize}, one-to-one linkage would put two records of a source together, or some pair
 * across the clusters weighs less than {@code conflictWeight} (A~B and B~C never drag in a C that
 * clearly differs from A). Refused matches and uncertain pairs between clusters go to review.
 * Thread-safe: each call works on its own state.
 */
public final class Clusterer {

    private static final Comparator<ScoredPair> STRONGEST_FIRST = Comparator.comparingDouble(ScoredPair::weight)
            .reversed().thenComparingInt(ScoredPair::a).thenComparingInt(ScoredPair::b);

    private final double matchProbability;
    private final double reviewProbability;
    private final double conflictWeight;
    private final int maxClusterSize;
    private final boolean oneToOne;

    public Clusterer(double matchProbability, double reviewProbability, double conflictWeight, int maxClusterSize,
            boolean oneToOne) {
        this.matchProbability = matchProbability;
        this.reviewProbability = reviewProbability;
        this.conflictWeight = conflictWeight;
        this.maxClusterSize = maxClusterSize;
        this.oneToOne = oneToOne;
    }

    /**
     * Clusters {@code records} records.
     *
     * @param sources the source of each record (used for one-to-one linkage)
     * @param pairs   the scored pairs worth considering, any order
     * @param weigher weighs pairs across clusters that were not scored as candidates
     */
    public Clustering cluster(int records, int[] sources, List<ScoredPair> pairs, PairWeigher weigher,
            CannotLinks cannotLinks) {
        ScoredPair[] sorted = pairs.toArray(ScoredPair[]::new);
        Arrays.sort(sorted, STRONGEST_FIRST);
        Clusters clusters = new Clusters(records, sources);
        List<ScoredPair> accepted = new ArrayList<>();
        List<ReviewPair> reviews = new ArrayList<>();
        int refused = 0;
        for (ScoredPair pair : sorted) {
            int ra = clusters.find(pair.a());
            int rb = clusters.find(pair.b());
            if (ra == rb) {
                accepted.add(pair);
            } else if (pair.probability() < matchProbability) {
                if (pair.probability() >= reviewProbability) {
                    reviews.add(review(pair, ReviewPair.Reason.UNCERTAIN));
                }
            } else {
                Refusal refusal = refusal(clusters, ra, rb, weigher, cannotLinks);
                if (refusal == null) {
                    clusters.union(ra, rb);
                    accepted.add(pair);
                } else {
                    refused++;
                    if (refusal.review != null) {
                        reviews.add(review(pair, refusal.review));
                    }
                }
            }
        }
        return result(clusters, accepted, reviews, refused);
    }

    private static ReviewPair review(ScoredPair pair, ReviewPair.Reason reason) {
        return new ReviewPair(pair.a(), pair.b(), pair.weight(), pair.probability(), reason);
    }

    /** Why two clusters stay apart; a constraint (cannot-link, one-to-one) is not worth a review. */
    private enum Refusal {
        CONSTRAINT(null), CONFLICT(ReviewPair.Reason.CONFLICT), CLUSTER_SIZE(ReviewPair.Reason.CLUSTER_SIZE);

        private final ReviewPair.Reason review;

        Refusal(ReviewPair.Reason review) {
            this.review = review;
        }
    }

    /** Why two clusters must stay apart, or null when they may join. */
    private Refusal refusal(Clusters clusters, int ra, int rb, PairWeigher weigher, CannotLinks cannotLinks) {
        if (clusters.size(ra) + clusters.size(rb) > maxClusterSize) {
            return Refusal.CLUSTER_SIZE;
        }
        if (oneToOne && clusters.shareSource(ra, rb)) {
            return Refusal.CONSTRAINT;
        }
        if (!cannotLinks.isEmpty() && clusters.cannotLink(ra, rb, cannotLinks)) {
            return Refusal.CONSTRAINT;
        }
        for (int x = ra; x >= 0; x = clusters.next(x)) {
            for (int y = rb; y >= 0; y = clusters.next(y)) {
                if (weigher.weight(Math.min(x, y), Math.max(x, y)) < conflictWeight) {
                    return Refusal.CONFLICT;
                }
            }
        }
        return null;
    }

    private static Clustering result(Clusters clusters, List<ScoredPair> accepted, List<ReviewPair> reviews,
            int refused) {
        int records = clusters.records();
        int[] representatives = new int[records];
        for (int r = 0; r < records; r++) {
            representatives[r] = clusters.find(r);
        }
        double[] weights = new double[records];
        Arrays.fill(weights, Double.NaN);
        for (ScoredPair pair : accepted) {
            if (representatives[pair.a()] == representatives[pair.b()]) {
                raise(weights, pair.a(), pair.weight());
                raise(weights, pair.b(), pair.weight());
            }
        }
        List<ReviewPair> open = reviews.stream()
                .filter(p -> representatives[p.a()] != representatives[p.b()]).toList();
        return new Clustering(representatives, weights, open, clusters.count(), accepted.size(), refused);
    }

    private static void raise(double[] weights, int record, double weight) {
        if (Double.isNaN(weights[record]) || weight > weights[record]) {
            weights[record] = weight;
        }
    }
}
