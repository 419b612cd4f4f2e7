package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.block.PairSink;
import io.touchpointhub.identity.match.em.PatternCounts;
import java.util.Arrays;

/**
 * One blocking worker's candidate pairs with their comparison patterns, in primitive arrays
 * (16 bytes a pair), and the counts of those patterns for EM. Compares each pair as it arrives.
 */
final class CandidatePairs implements PairSink {

    private final RecordTable table;
    private final PatternCounts patterns = new PatternCounts();
    private int[] left = new int[4096];
    private int[] right = new int[4096];
    private long[] pattern = new long[4096];
    private int size;

    CandidatePairs(RecordTable table) {
        this.table = table;
    }

    @Override
    public void accept(int a, int b) {
        if (size == left.length) {
            int capacity = size + (size >> 1);
            left = Arrays.copyOf(left, capacity);
            right = Arrays.copyOf(right, capacity);
            pattern = Arrays.copyOf(pattern, capacity);
        }
        long p = table.pattern(a, b);
        left[size] = a;
        right[size] = b;
        pattern[size] = p;
        size++;
        patterns.add(p, 1);
    }

    int size() {
        return size;
    }

    int a(int i) {
        return left[i];
    }

    int b(int i) {
        return right[i];
    }

    long pattern(int i) {
        return pattern[i];
    }

    PatternCounts patternCounts() {
        return patterns;
    }
}
