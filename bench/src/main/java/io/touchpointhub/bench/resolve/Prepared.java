package io.touchpointhub.bench.resolve;

import java.nio.file.Path;
import java.util.List;

/**
 * A data set written as the resolver's input, with what scoring needs and the resolver never sees.
 *
 * @param input          the CSV given to {@code resolve --input}: {@code id}, {@code source} for linkage, then
 *                       the data set's own columns less the withheld ones, in the data set's encoding and delimiter
 * @param ids            the id of each input row, in input order (opaque: {@code r17}, {@code dblp-17})
 * @param sourceOfRecord each record's source for linkage, {@code null} for deduplication
 * @param truePairs      true pairs under the task's convention
 */
record Prepared(String name, Task task, Path input, String[] ids, int[] sourceOfRecord, GroundTruth truth,
                long truePairs, List<String> sources) {

    int records() {
        return ids.length;
    }

    PairwiseScore score(int[] clusterOfRecord) {
        return PairwiseScorer.score(clusterOfRecord, truth, sourceOfRecord);
    }
}
