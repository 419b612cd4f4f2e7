package io.touchpointhub.bench.resolve;

/**
 * One line of the results table.
 *
 * @param duke      Duke's run on the same input, or {@code null} where Duke was not run
 * @param mapping   the mapping file the hub was given
 * @param runSeconds the time of each run (several for the synthetic files; {@code ours} is the median run)
 * @param loads      the 1-minute load average before each run, where taken
 */
record Row(String dataset, Task task, int records, long truePairs, Outcome ours, Outcome duke, Target target,
           String published, String mapping, java.util.List<Double> runSeconds, java.util.List<String> loads) {

    double recordsPerSecond() {
        return ours.seconds() > 0 ? records / ours.seconds() : 0;
    }
}
