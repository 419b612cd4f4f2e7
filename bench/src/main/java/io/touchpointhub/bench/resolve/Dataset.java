package io.touchpointhub.bench.resolve;

import java.util.List;
import java.util.Set;

/**
 * One benchmark data set: its published files, the columns withheld from the resolver (ids and labels),
 * how its ground truth is read, and what it is compared with.
 *
 * @param withheld          columns never written to the resolver's input (record ids and ground-truth labels)
 * @param expectedTruePairs the datasets README's count of true pairs: the readers must reproduce it
 * @param mapping           the mapping YAML under {@code bench/resolve/}
 * @param dukeConfig        Duke's configuration under {@code bench/resolve/duke/}, or {@code null}: no Duke run
 * @param published         the best published figures (datasets README), for the table
 */
record Dataset(String name, Task task, List<SourceFile> files, Set<String> withheld, TruthReader truth,
               long expectedTruePairs, String mapping, String dukeConfig, Target target, String published) {
}
