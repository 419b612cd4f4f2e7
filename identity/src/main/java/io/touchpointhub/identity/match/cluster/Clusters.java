package io.touchpointhub.identity.match.cluster;

import java.util.Arrays;

/**
 * Disjoint sets whose root is always the smallest record of the set (its representative), with the
 * members of each set chained in a list for the guards, and the sources each set holds.
 */
final class Clusters {

    private final int[] parent;
    private final int[] size;
    private final int[] next;
    private final int[] tail;
    private final int[] sources;
    private final long[] sourceBits;
    private int count;

    Clusters(int records, int[] sources) {
        parent = new int[records];
        size = new int[records];
        next = new int[records];
        tail = new int[records];
        this.sources = sources;
        sourceBits = new long[records];
        for (int r = 0; r < records; r++) {
            parent[r] = r;
            size[r] = 1;
            next[r] = -1;
            tail[r] = r;
            sourceBits[r] = sources[r] < 64 ? 1L << sources[r] : 0;
        }
        count = records;
        Arrays.fill(next, -1);
    }

    int records() {
        return parent.length;
    }

    int count() {
        return count;
    }

    int find(int record) {
        int root = record;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[record] != root) {
            int up = parent[record];
            parent[record] = root;
            record = up;
        }
        return root;
    }

    int size(int root) {
        return size[root];
    }

    /** The member after this one in its cluster's list (start from the root), or -1. */
    int next(int member) {
        return next[member];
    }

    /** Joins two roots; the smaller record index stays the root. */
    void union(int ra, int rb) {
        int root = Math.min(ra, rb);
        int child = Math.max(ra, rb);
        parent[child] = root;
        size[root] += size[child];
        next[tail[root]] = child;
        tail[root] = tail[child];
        sourceBits[root] |= sourceBits[child];
        count--;
    }

    boolean shareSource(int ra, int rb) {
        if ((sourceBits[ra] & sourceBits[rb]) != 0) {
            return true;
        }
        for (int x = ra; x >= 0; x = next[x]) {
            for (int y = rb; y >= 0; y = next[y]) {
                if (sources[x] >= 64 && sources[x] == sources[y]) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean cannotLink(int ra, int rb, CannotLinks cannotLinks) {
        int small = size[ra] <= size[rb] ? ra : rb;
        int other = small == ra ? rb : ra;
        for (int x = small; x >= 0; x = next[x]) {
            for (int partner : cannotLinks.partnersOf(x)) {
                if (find(partner) == other) {
                    return true;
                }
            }
        }
        return false;
    }
}
