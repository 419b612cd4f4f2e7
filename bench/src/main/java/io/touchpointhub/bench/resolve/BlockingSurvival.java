package io.touchpointhub.bench.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * How many true pairs blocking kept: the candidate pairs the resolver wrote ({@code resolve --candidates},
 * {@code record_a,record_b} as 0-based input positions) checked against the ground truth under the task's
 * convention (linkage: only pairs across sources count). A pair lost here can never be found later, so this
 * is the ceiling on recall.
 */
final class BlockingSurvival {

    private BlockingSurvival() {
    }

    /** True pairs among the candidates; -1 when the file is missing. */
    static long keptTruePairs(Path candidates, Prepared prepared) throws IOException {
        if (!Files.isRegularFile(candidates)) {
            return -1;
        }
        TruePairs truth = truePairs(prepared);
        long kept = 0;
        try (BufferedReader in = Files.newBufferedReader(candidates, StandardCharsets.US_ASCII)) {
            String line = in.readLine(); // header
            for (line = in.readLine(); line != null; line = in.readLine()) {
                int comma = line.indexOf(',');
                int a = Integer.parseInt(line, 0, comma, 10);
                int b = Integer.parseInt(line, comma + 1, line.length(), 10);
                if (truth.contains(Math.min(a, b), Math.max(a, b))) {
                    kept++;
                }
            }
        }
        return kept;
    }

    @FunctionalInterface
    private interface TruePairs {
        boolean contains(int a, int b);
    }

    private static TruePairs truePairs(Prepared prepared) {
        int[] source = prepared.sourceOfRecord();
        if (prepared.truth() instanceof GroundTruth.Entities entities) {
            int[] entity = entities.entityOfRecord();
            return (a, b) -> a != b && entity[a] == entity[b] && (source == null || source[a] != source[b]);
        }
        GroundTruth.Pairs pairs = (GroundTruth.Pairs) prepared.truth();
        Set<Long> listed = new HashSet<>();
        for (int i = 0; i < pairs.size(); i++) {
            int a = Math.min(pairs.left()[i], pairs.right()[i]);
            int b = Math.max(pairs.left()[i], pairs.right()[i]);
            listed.add(((long) a << 32) | b);
        }
        return (a, b) -> listed.contains(((long) a << 32) | b);
    }
}
