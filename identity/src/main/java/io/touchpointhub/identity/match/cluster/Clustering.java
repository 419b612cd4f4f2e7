package io.touchpointhub.identity.match.cluster;

import java.util.List;

/**
 * The clusters of a batch: per record its cluster's representative (the cluster's first record in
 * input order; a record alone represents itself) and the weight of the strongest link joining it to
 * its cluster (NaN when alone), plus the pairs left for review.
 */
public record Clustering(int[] representatives, double[] linkWeights, List<ReviewPair> reviews, int clusters,
        int linksAccepted, int linksRefused) {

    public Clustering {
        reviews = List.copyOf(reviews);
    }

    public int representative(int record) {
        return representatives[record];
    }

    public double linkWeight(int record) {
        return linkWeights[record];
    }
}
