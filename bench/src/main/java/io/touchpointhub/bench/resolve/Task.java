package io.touchpointhub.bench.resolve;

/** What a data set asks for, which decides which record pairs count (datasets README, "Metric convention"). */
enum Task {
    /** One file with duplicates: every unordered pair inside a cluster counts. */
    DEDUP,
    /** Two sources to link: only pairs of records from different sources count. */
    LINKAGE;

    String label() {
        return this == DEDUP ? "dedup" : "linkage";
    }
}
