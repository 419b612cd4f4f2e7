package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.block.BlockingRule;
import java.util.List;

/**
 * How a batch is resolved. {@link #defaults()} suits person and product data alike; every value can
 * be overridden.
 *
 * @param matchProbability  link a pair when its posterior match probability is at least this
 * @param reviewProbability pairs from here up to {@code matchProbability} are for review
 * @param conflictWeight    clusters are not joined when any pair across them has a match weight below
 *                          this (log2 Bayes factor; 0 = the fields favour "different people"): the
 *                          guard against chaining A~B~C when A and C clearly differ
 * @param linkMode          dedupe, or link across sources only
 * @param oneToOne          a cluster holds at most one record per source (with {@link LinkMode#ACROSS_SOURCES})
 * @param allPairsUpTo      compare every pair, without blocking, when there are at most this many
 *                          (small files: blocking would only lose pairs)
 * @param maxBlockSize      blocks with more records are skipped
 * @param maxClusterSize    clusters never grow beyond this
 * @param dateFormats       patterns of date-of-birth values, tried in order
 * @param randomPairs       random pairs sampled to estimate u
 * @param maxEmIterations   cap on EM iterations
 * @param threads           worker threads for normalising, blocking and scoring
 * @param seed              seed of the random pair sample (results are reproducible)
 * @param blockingRules     explicit blocking rules, or empty for the defaults of the field types
 */
public record MatchSettings(
        double matchProbability,
        double reviewProbability,
        double conflictWeight,
        LinkMode linkMode,
        boolean oneToOne,
        long allPairsUpTo,
        int maxBlockSize,
        int maxClusterSize,
        List<String> dateFormats,
        int randomPairs,
        int maxEmIterations,
        int threads,
        long seed,
        List<BlockingRule> blockingRules) {

    public static final double DEFAULT_MATCH_PROBABILITY = 0.9;
    public static final double DEFAULT_REVIEW_PROBABILITY = 0.5;

    public MatchSettings {
        if (!(matchProbability > 0 && matchProbability < 1)) {
            throw new IllegalArgumentException("match probability must be between 0 and 1");
        }
        if (!(reviewProbability > 0 && reviewProbability <= matchProbability)) {
            throw new IllegalArgumentException("review probability must be above 0 and at most the match probability");
        }
        if (maxBlockSize < 2 || maxClusterSize < 2 || randomPairs < 1 || maxEmIterations < 1 || threads < 1) {
            throw new IllegalArgumentException("block size, cluster size, random pairs, EM iterations and threads must be positive");
        }
        dateFormats = List.copyOf(dateFormats);
        blockingRules = List.copyOf(blockingRules);
    }

    public static MatchSettings defaults() {
        return new MatchSettings(DEFAULT_MATCH_PROBABILITY, DEFAULT_REVIEW_PROBABILITY, 0.0, LinkMode.DEDUPE, false,
                2_000_000L, 100, 50, List.of("yyyy-MM-dd"), 500_000, 200, Runtime.getRuntime().availableProcessors(), 42L,
                List.of());
    }

    public MatchSettings withThresholds(double match, double review) {
        return new MatchSettings(match, review, conflictWeight, linkMode, oneToOne, allPairsUpTo, maxBlockSize, maxClusterSize,
                dateFormats, randomPairs, maxEmIterations, threads, seed, blockingRules);
    }

    public MatchSettings withLinkage(LinkMode mode, boolean oneToOneLinks) {
        return new MatchSettings(matchProbability, reviewProbability, conflictWeight, mode, oneToOneLinks, allPairsUpTo, maxBlockSize,
                maxClusterSize, dateFormats, randomPairs, maxEmIterations, threads, seed, blockingRules);
    }

    public MatchSettings withDateFormats(List<String> formats) {
        return new MatchSettings(matchProbability, reviewProbability, conflictWeight, linkMode, oneToOne, allPairsUpTo, maxBlockSize,
                maxClusterSize, formats, randomPairs, maxEmIterations, threads, seed, blockingRules);
    }

    public MatchSettings withLimits(int blockSize, int clusterSize) {
        return new MatchSettings(matchProbability, reviewProbability, conflictWeight, linkMode, oneToOne, allPairsUpTo, blockSize,
                clusterSize, dateFormats, randomPairs, maxEmIterations, threads, seed, blockingRules);
    }

    public MatchSettings withConflictWeight(double weight) {
        return new MatchSettings(matchProbability, reviewProbability, weight, linkMode, oneToOne, allPairsUpTo, maxBlockSize,
                maxClusterSize, dateFormats, randomPairs, maxEmIterations, threads, seed, blockingRules);
    }

    public MatchSettings withAllPairsUpTo(long pairs) {
        return new MatchSettings(matchProbability, reviewProbability, conflictWeight, linkMode, oneToOne, pairs,
                maxBlockSize, maxClusterSize, dateFormats, randomPairs, maxEmIterations, threads, seed, blockingRules);
    }

    public MatchSettings withThreads(int count) {
        return new MatchSettings(matchProbability, reviewProbability, conflictWeight, linkMode, oneToOne, allPairsUpTo, maxBlockSize,
                maxClusterSize, dateFormats, randomPairs, maxEmIterations, count, seed, blockingRules);
    }

    public MatchSettings withBlockingRules(List<BlockingRule> rules) {
        return new MatchSettings(matchProbability, reviewProbability, conflictWeight, linkMode, oneToOne, allPairsUpTo, maxBlockSize,
                maxClusterSize, dateFormats, randomPairs, maxEmIterations, threads, seed, rules);
    }
}
