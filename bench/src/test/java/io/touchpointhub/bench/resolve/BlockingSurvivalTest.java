package io.touchpointhub.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockingSurvivalTest {

    @TempDir
    Path dir;

    @Test
    void countsOnlyTruePairsOfTheTaskAmongTheListedCandidates() throws IOException {
        // records 0,1,2 are one entity, 3 another; linkage: sources 0,1,0,1
        GroundTruth truth = new GroundTruth.Entities(new int[] {7, 7, 7, 9});
        Prepared linkage = new Prepared("t", Task.LINKAGE, dir.resolve("in.csv"), new String[] {"a", "b", "c", "d"},
                new int[] {0, 1, 0, 1}, truth, 2, List.of("x", "y"));
        Path candidates = Files.writeString(dir.resolve("candidates.csv"), "record_a,record_b\n0,1\n0,2\n1,2\n2,3\n");

        // 0-1 and 1-2 are true cross-source pairs; 0-2 is the same source; 2-3 is no match
        assertThat(BlockingSurvival.keptTruePairs(candidates, linkage)).isEqualTo(2);
        assertThat(BlockingSurvival.keptTruePairs(dir.resolve("missing.csv"), linkage)).isEqualTo(-1);
    }

    @Test
    void pairListTruthIsCheckedPairByPairInEitherOrder() throws IOException {
        GroundTruth truth = new GroundTruth.Pairs(new int[] {0, 3}, new int[] {2, 1});
        Prepared prepared = new Prepared("t", Task.LINKAGE, dir.resolve("in.csv"), new String[] {"a", "b", "c", "d"},
                new int[] {0, 1, 1, 0}, truth, 2, List.of("x", "y"));
        Path candidates = Files.writeString(dir.resolve("candidates.csv"), "record_a,record_b\n0,2\n1,3\n0,1\n");

        assertThat(BlockingSurvival.keptTruePairs(candidates, prepared)).isEqualTo(2);
    }

    @Test
    void theMedianRunIsTheMiddleTimeAndAFailureWins() {
        PairwiseScore score = new PairwiseScore(1, 1, 1);
        Outcome slow = new Outcome(score, 9, -1, -1, null, -1, Double.NaN);
        Outcome fast = new Outcome(score, 3, -1, -1, null, -1, Double.NaN);
        Outcome middle = new Outcome(score, 5, -1, -1, null, -1, Double.NaN);

        assertThat(ResolveBenchmark.median(List.of(slow, fast, middle))).isSameAs(middle);
        assertThat(ResolveBenchmark.median(List.of(slow, Outcome.failed(1, "boom"))).succeeded()).isFalse();
    }
}
