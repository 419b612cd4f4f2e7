package io.touchpointhub.identity.matching;

/**
 * How the identify stage matches profiles probabilistically. Thresholds are match weights (log2 of the
 * Bayes factor summed over the fields): 24 means the attributes are some sixteen million times likelier
 * for one person than for two.
 *
 * @param enabled             compare profiles that gained matching attributes at all
 * @param upperThreshold      merge a pair at or above this weight
 * @param lowerThreshold      queue a pair for review from this weight up to the upper threshold
 * @param conflictWeight      chaining guard: a profile joining a merge must weigh at least this against
 *                            every other profile of the merge, not only against the one it matched
 * @param maxBlockSize        a blocking key shared by more profiles than this finds no candidates
 * @param maxClusterSize      a merge never makes a profile of more than this many merged profiles
 * @param maxCandidates       candidates compared per profile and batch (the ones sharing most keys)
 * @param minTrainingProfiles profiles with attributes needed before m and u are estimated by EM
 * @param trainingSample      profiles sampled to estimate m and u
 */
public record MatchingSettings(
        boolean enabled,
        double upperThreshold,
        double lowerThreshold,
        double conflictWeight,
        int maxBlockSize,
        int maxClusterSize,
        int maxCandidates,
        int minTrainingProfiles,
        int trainingSample) {

    public MatchingSettings {
        if (lowerThreshold > upperThreshold) {
            throw new IllegalArgumentException("the lower threshold must not exceed the upper threshold");
        }
        if (maxBlockSize < 2 || maxClusterSize < 2 || maxCandidates < 1 || trainingSample < 2) {
            throw new IllegalArgumentException("block size, cluster size, candidates and sample must be positive");
        }
    }

    public static MatchingSettings defaults() {
        return new MatchingSettings(true, 24, 14, 0, 100, 50, 20, 1000, 20_000);
    }

    public static MatchingSettings disabled() {
        MatchingSettings d = defaults();
        return new MatchingSettings(false, d.upperThreshold, d.lowerThreshold, d.conflictWeight, d.maxBlockSize,
                d.maxClusterSize, d.maxCandidates, d.minTrainingProfiles, d.trainingSample);
    }

    public MatchingSettings withThresholds(double upper, double lower) {
        return new MatchingSettings(enabled, upper, lower, conflictWeight, maxBlockSize, maxClusterSize, maxCandidates,
                minTrainingProfiles, trainingSample);
    }

    public MatchingSettings withMaxClusterSize(int size) {
        return new MatchingSettings(enabled, upperThreshold, lowerThreshold, conflictWeight, maxBlockSize, size,
                maxCandidates, minTrainingProfiles, trainingSample);
    }
}
