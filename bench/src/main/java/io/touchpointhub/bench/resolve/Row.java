package io.touchpointhub.bench.resolve;

/**
 * One line of the results table.
 *
 * @param duke      Duke's run on the same input, or {@code null} where Duke was not run
 * @param mapping   the mapping file the hub was given
 */
record Row(String dataset, Task task, int records, long truePairs, Outcome ours, Outcome duke, Target target,
           String published, String mapping) {

    double recordsPerSecond() {
        return ours.seconds() > 0 ? records / ours.seconds() : 0;
    }
}
