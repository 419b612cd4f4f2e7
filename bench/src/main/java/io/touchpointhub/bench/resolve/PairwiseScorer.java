package io.touchpointhub.bench.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Scores a clustering against the ground truth by counting pairs without listing them: a predicted cluster
 * of 50,000 records is 1.25 billion pairs, which must still score in milliseconds.
 *
 * <p>In a group of n records whose sources have n<sub>s</sub> records each, the cross-source pairs are
 * (n² − Σ n<sub>s</sub>²) / 2; deduplication is the same formula with every record its own "source", which
 * gives n(n−1)/2. True positives are counted per cell (predicted cluster × true entity) the same way, or,
 * for pair-list ground truth, by checking each listed pair.
 */
final class PairwiseScorer {

    private PairwiseScorer() {
    }

    /**
     * @param clusterOfRecord the predicted cluster of each record (any int labels)
     * @param sourceOfRecord  the source of each record for linkage (only cross-source pairs count), or
     *                        {@code null} for deduplication (every pair counts)
     */
    static PairwiseScore score(int[] clusterOfRecord, GroundTruth truth, int[] sourceOfRecord) {
        if (sourceOfRecord != null && sourceOfRecord.length != clusterOfRecord.length) {
            throw new IllegalArgumentException("one source per record expected");
        }
        long predicted = pairs(clusterOfRecord, null, sourceOfRecord);
        if (truth instanceof GroundTruth.Pairs list) {
            return scorePairs(clusterOfRecord, list, sourceOfRecord, predicted);
        }
        int[] entity = ((GroundTruth.Entities) truth).entityOfRecord();
        if (entity.length != clusterOfRecord.length) {
            throw new IllegalArgumentException("ground truth covers " + entity.length + " records, the clustering "
                    + clusterOfRecord.length);
        }
        return new PairwiseScore(pairs(clusterOfRecord, entity, sourceOfRecord), predicted,
                pairs(entity, null, sourceOfRecord));
    }

    private static PairwiseScore scorePairs(int[] cluster, GroundTruth.Pairs truth, int[] source, long predicted) {
        long hits = 0;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < truth.size(); i++) {
            int a = Math.min(truth.left()[i], truth.right()[i]);
            int b = Math.max(truth.left()[i], truth.right()[i]);
            if (a == b || (source != null && source[a] == source[b])) {
                throw new IllegalArgumentException("true pair " + i + " is not a pair of the task: records " + a + ", " + b);
            }
            if (!seen.add(((long) a << 32) | b)) {
                throw new IllegalArgumentException("true pair " + i + " is listed twice");
            }
            if (cluster[a] == cluster[b]) {
                hits++;
            }
        }
        return new PairwiseScore(hits, predicted, truth.size());
    }

    /**
     * Pairs inside the groups formed by {@code primary} (and, if given, {@code secondary}: the cells of
     * both labellings), counting only cross-source pairs when sources are given.
     */
    private static long pairs(int[] primary, int[] secondary, int[] source) {
        Map<Long, Long> sizes = new HashMap<>();
        Map<Cell, Long> perSource = source == null ? null : new HashMap<>();
        for (int i = 0; i < primary.length; i++) {
            long group = secondary == null ? primary[i] : ((long) primary[i] << 32) ^ (secondary[i] & 0xffffffffL);
            sizes.merge(group, 1L, Long::sum);
            if (perSource != null) {
                perSource.merge(new Cell(group, source[i]), 1L, Long::sum);
            }
        }
        long all = sumOfSquares(sizes.values());
        long sameSource = perSource == null ? primary.length : sumOfSquares(perSource.values());
        return (all - sameSource) / 2;
    }

    private static long sumOfSquares(Iterable<Long> counts) {
        long sum = 0;
        for (long n : counts) {
            sum += n * n;
        }
        return sum;
    }

    private record Cell(long group, int source) {
    }
}
