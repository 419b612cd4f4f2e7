package io.touchpointhub.identity.match.em;

import java.util.Arrays;

/** How often each comparison pattern occurs: an open-addressing long → long map (no boxing). */
public final class PatternCounts {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1024];
    private long[] counts = new long[1024];
    private int size;

    public PatternCounts() {
        Arrays.fill(keys, EMPTY);
    }

    public void add(long pattern, long count) {
        if (size * 2 >= keys.length) {
            rehash();
        }
        int slot = slot(keys, pattern);
        if (keys[slot] == EMPTY) {
            keys[slot] = pattern;
            size++;
        }
        counts[slot] += count;
    }

    /** Adds every count of another table (workers count on their own, then merge). */
    public void addAll(PatternCounts other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != EMPTY) {
                add(other.keys[i], other.counts[i]);
            }
        }
    }

    /** Number of distinct patterns. */
    public int size() {
        return size;
    }

    /** The distinct patterns, in no particular order; {@link #countsOf} gives their counts in the same order. */
    public long[] patterns() {
        long[] out = new long[size];
        int n = 0;
        for (long key : keys) {
            if (key != EMPTY) {
                out[n++] = key;
            }
        }
        return out;
    }

    public long[] countsOf(long[] patterns) {
        long[] out = new long[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            int slot = slot(keys, patterns[i]);
            out[i] = keys[slot] == EMPTY ? 0 : counts[slot];
        }
        return out;
    }

    public long total() {
        long total = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                total += counts[i];
            }
        }
        return total;
    }

    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        return z ^ (z >>> 33);
    }
}
