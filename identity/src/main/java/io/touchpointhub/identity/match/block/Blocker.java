package io.touchpointhub.identity.match.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Emits the candidate pairs of OR-ed blocking rules. All keys of all rules go into one sorted array;
 * each record then walks the blocks it is in and emits the records after it, a per-worker stamp array
 * making each pair come out once however many keys the two share. Blocks larger than
 * {@code maxBlockSize} are skipped (a key shared by that many records tells nothing), which bounds the
 * cost per record, unless their rule keeps them as a sorted-neighbourhood window
 * ({@link BlockingRule#oversizedWindow()}). Thread-safe: every call works on its own arrays.
 */
public final class Blocker {

    private static final int CHUNK = 512;

    private final List<BlockingRule> rules;
    private final int maxBlockSize;
    private final boolean acrossSourcesOnly;
    private final int threads;
    private final long pairBudget;

    /**
     * @param acrossSourcesOnly emit only pairs of records from different sources (linkage)
     * @param threads           worker threads for emitting pairs
     */
    public Blocker(List<BlockingRule> rules, int maxBlockSize, boolean acrossSourcesOnly, int threads) {
        this(rules, maxBlockSize, acrossSourcesOnly, threads, 0);
    }

    /**
     * @param pairBudget when above 0, the block cap is lowered until the pairs inside the blocks of all
     *                   rules (counted per block, so a pair in two blocks counts twice) number at most
     *                   this many (block purging: the biggest blocks go first; their records usually
     *                   share a smaller block of another rule). It keeps the cost linear in the file's
     *                   size when common names fill ever bigger blocks.
     */
    public Blocker(List<BlockingRule> rules, int maxBlockSize, boolean acrossSourcesOnly, int threads,
            long pairBudget) {
        if (rules.isEmpty() || rules.size() > BlockKeys.MAX_RULES) {
            throw new IllegalArgumentException("blocking needs 1 to " + BlockKeys.MAX_RULES + " rules");
        }
        this.rules = List.copyOf(rules);
        this.maxBlockSize = Math.max(2, maxBlockSize);
        this.acrossSourcesOnly = acrossSourcesOnly;
        this.threads = Math.max(1, threads);
        this.pairBudget = pairBudget;
    }

    public List<BlockingRule> rules() {
        return rules;
    }

    /**
     * Emits every candidate pair to the sink of the worker that finds it; {@code sinks.apply(w)} is
     * called once per worker {@code w} before it starts.
     */
    public BlockingStats run(BlockingData data, IntFunction<PairSink> sinks) {
        if (data.size() > BlockKeys.MAX_RECORDS) {
            throw new IllegalArgumentException("blocking handles at most " + BlockKeys.MAX_RECORDS + " records");
        }
        BlockKeys keys = new BlockKeys(data, maxBlockSize);
        long[] keyCounts = new long[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            keyCounts[r] = keys.add(r, rules.get(r));
        }
        long[] entries = keys.sorted();
        int[] blockEnd = new int[entries.length];
        int cap = cappedBlockSize(entries);
        long[][] blockCounts = markBlocks(entries, blockEnd, cap);
        int[][] byRecord = entriesByRecord(entries, blockEnd, data.size());
        long pairs = emit(data, entries, blockEnd, byRecord, sinks);
        List<BlockingStats.RuleStats> stats = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            stats.add(new BlockingStats.RuleStats(rules.get(r).name(), keyCounts[r], blockCounts[0][r], blockCounts[1][r]));
        }
        return new BlockingStats(pairs, stats, cap);
    }

    /**
     * The biggest block size whose blocks (of rules without a window) hold at most the budget of pairs;
     * the configured cap when the budget is off or not reached.
     */
    private int cappedBlockSize(long[] entries) {
        if (pairBudget <= 0) {
            return maxBlockSize;
        }
        long[] blocksOfSize = new long[maxBlockSize + 1];
        for (int start = 0; start < entries.length; ) {
            int end = blockEndOf(entries, start);
            int size = end - start;
            if (size >= 2 && size <= maxBlockSize && rules.get(BlockKeys.rule(entries[start])).oversizedWindow() == 0) {
                blocksOfSize[size]++;
            }
            start = end;
        }
        long budget = pairBudget;
        long pairs = 0;
        for (int size = 2; size <= maxBlockSize; size++) {
            pairs += blocksOfSize[size] * size * (size - 1) / 2;
            if (pairs > budget) {
                return Math.max(2, size - 1);
            }
        }
        return maxBlockSize;
    }

    private static int blockEndOf(long[] entries, int start) {
        long block = BlockKeys.block(entries[start]);
        int end = start + 1;
        while (end < entries.length && BlockKeys.block(entries[end]) == block) {
            end++;
        }
        return end;
    }

    /**
     * Sets {@code blockEnd[e]} to the exclusive end of the entries entry e is paired with (its block's end,
     * or its window's in a windowed oversized block), or -1 when the block is a singleton or too big; answers per rule the blocks of two or more and the oversized ones.
     */
    private long[][] markBlocks(long[] entries, int[] blockEnd, int cap) {
        long[][] counts = new long[2][rules.size()];
        for (int start = 0; start < entries.length; ) {
            int end = blockEndOf(entries, start);
            int size = end - start;
            int rule = BlockKeys.rule(entries[start]);
            counts[0][rule] += size >= 2 ? 1 : 0;
            int window = rules.get(rule).oversizedWindow();
            int ruleCap = window > 0 ? maxBlockSize : cap;
            counts[1][rule] += size > ruleCap ? 1 : 0;
            if (size > ruleCap && window > 0) {
                for (int e = start; e < end; e++) {
                    blockEnd[e] = (int) Math.min(end, (long) e + 1 + window);
                }
            } else {
                Arrays.fill(blockEnd, start, end, size >= 2 && size <= ruleCap ? end : -1);
            }
            start = end;
        }
        return counts;
    }

    /**
     * Emits every pair (or every pair across sources) without blocking, for files small enough that
     * comparing them all costs less than the pairs blocking would lose.
     */
    public static BlockingStats allPairs(BlockingData data, boolean acrossSourcesOnly, int threads,
            IntFunction<PairSink> sinks) {
        int n = data.size();
        AtomicInteger next = new AtomicInteger();
        AtomicLong pairs = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < Math.max(1, threads); w++) {
                PairSink sink = sinks.apply(w);
                workers.add(pool.submit(() -> {
                    long emitted = 0;
                    for (int a = next.getAndIncrement(); a < n; a = next.getAndIncrement()) {
                        for (int b = a + 1; b < n; b++) {
                            if (!acrossSourcesOnly || data.source(a) != data.source(b)) {
                                sink.accept(a, b);
                                emitted++;
                            }
                        }
                    }
                    pairs.addAndGet(emitted);
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("pairing was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new BlockingStats(pairs.get(), List.of(new BlockingStats.RuleStats("all-pairs", 0, 1, 0)));
    }

    /** For each record, the positions of its usable entries. */
    private static int[][] entriesByRecord(long[] entries, int[] blockEnd, int records) {
        int[] counts = new int[records];
        for (int e = 0; e < entries.length; e++) {
            if (blockEnd[e] > 0) {
                counts[BlockKeys.record(entries[e])]++;
            }
        }
        int[] start = new int[records + 1];
        for (int r = 0; r < records; r++) {
            start[r + 1] = start[r] + counts[r];
        }
        int[] positions = new int[start[records]];
        int[] next = Arrays.copyOf(start, records);
        for (int e = 0; e < entries.length; e++) {
            if (blockEnd[e] > 0) {
                positions[next[BlockKeys.record(entries[e])]++] = e;
            }
        }
        return new int[][] {start, positions};
    }

    private long emit(BlockingData data, long[] entries, int[] blockEnd, int[][] byRecord, IntFunction<PairSink> sinks) {
        AtomicInteger nextChunk = new AtomicInteger();
        AtomicLong pairs = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                PairSink sink = sinks.apply(w);
                workers.add(pool.submit(() -> pairs.addAndGet(
                        work(data, entries, blockEnd, byRecord, sink, nextChunk))));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("blocking was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return pairs.get();
    }

    private long work(BlockingData data, long[] entries, int[] blockEnd, int[][] byRecord, PairSink sink,
            AtomicInteger nextChunk) {
        int records = data.size();
        int[] stamp = new int[records];
        Arrays.fill(stamp, -1);
        int[] start = byRecord[0];
        int[] positions = byRecord[1];
        long emitted = 0;
        for (int chunk = nextChunk.getAndIncrement(); chunk * CHUNK < records; chunk = nextChunk.getAndIncrement()) {
            int last = Math.min(records, (chunk + 1) * CHUNK);
            for (int a = chunk * CHUNK; a < last; a++) {
                int sourceA = data.source(a);
                for (int p = start[a]; p < start[a + 1]; p++) {
                    int e = positions[p];
                    for (int j = e + 1, end = blockEnd[e]; j < end; j++) {
                        int b = BlockKeys.record(entries[j]);
                        if (b == a || stamp[b] == a) {
                            continue;
                        }
                        stamp[b] = a;
                        if (acrossSourcesOnly && data.source(b) == sourceA) {
                            continue;
                        }
                        sink.accept(a, b);
                        emitted++;
                    }
                }
            }
        }
        return emitted;
    }
}
