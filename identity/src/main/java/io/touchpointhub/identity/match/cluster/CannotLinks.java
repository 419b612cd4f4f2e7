package io.touchpointhub.identity.match.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Pairs of records that must never end in one cluster (rejected reviews); not thread-safe while filled. */
public final class CannotLinks {

    private static final int[] NONE = new int[0];

    private final Map<Integer, int[]> partners = new HashMap<>();

    public static CannotLinks none() {
        return new CannotLinks();
    }

    public CannotLinks add(int a, int b) {
        if (a != b) {
            append(a, b);
            append(b, a);
        }
        return this;
    }

    /** The records that must not share a cluster with this one. */
    public int[] partnersOf(int record) {
        return partners.getOrDefault(record, NONE);
    }

    public boolean isEmpty() {
        return partners.isEmpty();
    }

    public int size() {
        return partners.values().stream().mapToInt(p -> p.length).sum() / 2;
    }

    private void append(int record, int partner) {
        int[] current = partners.getOrDefault(record, NONE);
        int[] next = Arrays.copyOf(current, current.length + 1);
        next[current.length] = partner;
        partners.put(record, next);
    }
}
