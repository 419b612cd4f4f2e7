package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.block.BlockingStats;

/**
 * What a resolution did, for progress output and benchmarks.
 *
 * @param blocking            candidate pairs and blocks per rule
 * @param emIterations        EM iterations until convergence (or the cap)
 * @param emConverged         whether EM converged before the cap
 * @param candidateMatchShare EM's estimate of the share of matches among candidate pairs
 * @param reviewPairs         candidate pairs at or above the review threshold
 * @param matchPairs          candidate pairs at or above the match threshold
 * @param linksAccepted       links the clusterer accepted (including ones inside a cluster already)
 * @param linksRefused        matching pairs the guards kept apart
 */
public record ResolutionStats(BlockingStats blocking, int emIterations, boolean emConverged,
        double candidateMatchShare, long reviewPairs, long matchPairs, int linksAccepted, int linksRefused) {

    public long candidatePairs() {
        return blocking.candidatePairs();
    }
}
