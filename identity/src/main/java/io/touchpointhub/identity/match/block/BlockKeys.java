package io.touchpointhub.identity.match.block;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of every record for a list of rules, as one array of {@code rule (4 bits) | key hash
 * (36 bits) | record (24 bits)} entries: sorting it puts each block's records next to each other in
 * record order. A hash collision only merges two blocks of one rule (more pairs, never fewer).
 */
final class BlockKeys {

    static final int RECORD_BITS = 24;
    static final int MAX_RECORDS = (1 << RECORD_BITS) - 1;
    static final int MAX_RULES = 16;
    private static final int HASH_BITS = 36;
    private static final long RECORD_MASK = (1L << RECORD_BITS) - 1;
    private static final long HASH_MASK = (1L << HASH_BITS) - 1;

    private final BlockingData data;
    private final int maxBlockSize;
    private final Map<Long, long[]> partHashes = new HashMap<>();
    private final Map<Integer, long[][]> tokenHashes = new HashMap<>();
    private long[] entries = new long[1024];
    private int size;

    BlockKeys(BlockingData data, int maxBlockSize) {
        this.data = data;
        this.maxBlockSize = maxBlockSize;
    }

    static int record(long entry) {
        return (int) (entry & RECORD_MASK);
    }

    static long block(long entry) {
        return entry >>> RECORD_BITS;
    }

    static int rule(long entry) {
        return (int) (entry >>> (RECORD_BITS + HASH_BITS));
    }

    /** Adds the keys of every record for a rule; returns how many keys were added. */
    int add(int ruleIndex, BlockingRule rule) {
        int before = size;
        long[][] parts = new long[rule.parts().size()][];
        long[][] tokens = null;
        for (int p = 0; p < parts.length; p++) {
            KeyPart part = rule.parts().get(p);
            if (part.transform() == KeyTransform.TOKENS) {
                tokens = tokenHashes(part.field(), rule.maxTokens(), rule.oversizedWindow() > 0);
            } else {
                parts[p] = partHashes(part);
            }
        }
        long[] hashes = new long[parts.length];
        for (int record = 0; record < data.size(); record++) {
            if (fill(rule, parts, record, hashes)) {
                addRecordKeys(ruleIndex, rule, hashes, tokens, record);
            }
        }
        return size - before;
    }

    long[] sorted() {
        long[] sorted = Arrays.copyOf(entries, size);
        entries = null;
        Arrays.parallelSort(sorted);
        return sorted;
    }

    private boolean fill(BlockingRule rule, long[][] parts, int record, long[] hashes) {
        for (int p = 0; p < parts.length; p++) {
            if (parts[p] == null) {
                continue;
            }
            int code = data.codes(rule.parts().get(p).field())[record];
            if (code < 0 || parts[p][code] == 0) {
                return false;
            }
            hashes[p] = parts[p][code];
        }
        return true;
    }

    private void addRecordKeys(int ruleIndex, BlockingRule rule, long[] hashes, long[][] tokens, int record) {
        long[] key = rule.unordered() ? sortedCopy(hashes) : hashes;
        long base = mix(0x9E3779B97F4A7C15L * (ruleIndex + 1));
        for (long h : key) {
            base = mix(base ^ h);
        }
        if (tokens == null) {
            append(ruleIndex, base, record);
            return;
        }
        int tokenField = rule.parts().stream().filter(p -> p.transform() == KeyTransform.TOKENS).findFirst()
                .orElseThrow().field();
        int code = data.codes(tokenField)[record];
        if (code < 0) {
            return;
        }
        for (long token : tokens[code]) {
            append(ruleIndex, mix(base ^ token), record);
        }
    }

    private static long[] sortedCopy(long[] hashes) {
        long[] copy = hashes.clone();
        Arrays.sort(copy);
        return copy;
    }

    private void append(int ruleIndex, long hash, int record) {
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        entries[size++] = ((long) ruleIndex << (RECORD_BITS + HASH_BITS)) | ((hash & HASH_MASK) << RECORD_BITS) | record;
    }

    /** Per distinct value of the part's field, the hash of its key part (0: no key). */
    private long[] partHashes(KeyPart part) {
        long cacheKey = ((long) part.field() << 8) | part.transform().ordinal();
        return partHashes.computeIfAbsent(cacheKey, k -> {
            String[] values = data.values(part.field());
            long[] hashes = new long[values.length];
            for (int code = 0; code < values.length; code++) {
                String key = part.transform().apply(values[code]);
                hashes[code] = key == null || key.isEmpty() ? 0 : nonZero(hash(key));
            }
            return hashes;
        });
    }

    /**
     * Per distinct value, the hashes of its rarest words that at least two records share and that
     * are rarer than the block cap; a word in more records than that would make a block too big.
     */
    private long[][] tokenHashes(int field, int maxTokens, boolean anyFrequency) {
        return tokenHashes.computeIfAbsent((field * 31 + maxTokens) * 2 + (anyFrequency ? 1 : 0), k -> {
            String[] values = data.values(field);
            int[] counts = data.counts(field);
            Map<String, Integer> frequency = new HashMap<>();
            for (int code = 0; code < values.length; code++) {
                for (String word : values[code].split(" ")) {
                    frequency.merge(word, counts[code], Integer::sum);
                }
            }
            long[][] hashes = new long[values.length][];
            for (int code = 0; code < values.length; code++) {
                hashes[code] = rarest(values[code].split(" "), frequency, maxTokens, anyFrequency ? Integer.MAX_VALUE : maxBlockSize);
            }
            return hashes;
        });
    }

    private static long[] rarest(String[] words, Map<String, Integer> frequency, int maxTokens, int maxFrequency) {
        List<String> usable = Arrays.stream(words).distinct()
                .filter(w -> frequency.get(w) >= 2 && frequency.get(w) <= maxFrequency)
                .sorted((x, y) -> frequency.get(x).equals(frequency.get(y)) ? x.compareTo(y)
                        : Integer.compare(frequency.get(x), frequency.get(y)))
                .limit(maxTokens <= 0 ? Long.MAX_VALUE : maxTokens)
                .toList();
        long[] hashes = new long[usable.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = nonZero(hash(usable.get(i)));
        }
        return hashes;
    }

    static long hash(String value) {
        long h = 0xcbf29ce484222325L;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    /** SplitMix64 finaliser: spreads the bits so truncating to 40 bits keeps blocks apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
