package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.cluster.Clustering;
import io.touchpointhub.identity.match.cluster.ReviewPair;
import java.util.List;

/**
 * The outcome of resolving a {@link RecordTable}: the trained model, each record's cluster and link
 * weight, the pairs left for review, and statistics.
 */
public record Resolution(RecordTable table, MatchModel model, Clustering clustering, ResolutionStats stats) {

    /** The index of the record representing this record's cluster (itself when alone). */
    public int clusterOf(int record) {
        return clustering.representative(record);
    }

    /** The weight of the strongest link joining the record to its cluster, or NaN when it is alone. */
    public double matchWeight(int record) {
        return clustering.linkWeight(record);
    }

    /** Pairs between the thresholds, and matches a guard kept apart, for a person to decide. */
    public List<ReviewPair> reviews() {
        return clustering.reviews();
    }

    public int clusterCount() {
        return clustering.clusters();
    }
}
