package io.touchpointhub.bench.resolve;

/**
 * One resolver run on one data set.
 *
 * @param score      {@code null} when the run failed
 * @param seconds    wall-clock time of the whole process, JVM start included
 * @param candidates the candidate pairs the resolver reported on stderr, or -1 when it did not
 * @param peakRssMb  the process's peak resident memory (VmHWM) as last seen, or -1
 * @param failure    why there is no score, or {@code null}
 * @param cpuSeconds the CPU time the process reported on stderr, or NaN
 * @param keptTruePairs true pairs among the candidate pairs the resolver wrote, or -1 when it wrote none
 */
record Outcome(PairwiseScore score, double seconds, long candidates, long peakRssMb, String failure, long keptTruePairs,
               double cpuSeconds) {

    static Outcome failed(double seconds, String failure) {
        return new Outcome(null, seconds, -1, -1, failure, -1, Double.NaN);
    }

    boolean succeeded() {
        return score != null;
    }
}
