package io.touchpointhub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The ingest benchmark: per run, a fresh hub (its own jar, empty data directory), N Segment events sent
 * over HTTP and timed until resolved and searchable, then the same final documents bulk-indexed straight
 * into the same Elasticsearch node as the ceiling. Prints one line per run and medians; writes the
 * results section of {@code docs/benchmarks.md}. Exit status 0 only when every run was correct.
 *
 * <p>Run from the repository root, normally through {@code bench/ingest.sh}.
 */
public final class IngestBenchmark {

    private static final Duration STARTUP = Duration.ofMinutes(5);

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new IngestBenchmark().run(options, System.out));
    }

    int run(BenchOptions options, PrintStream out) throws Exception {
        if (!Files.isRegularFile(options.jar())) {
            out.println("no hub jar at " + options.jar().toAbsolutePath() + "; build it with ./mvnw -q -DskipTests install");
            return 1;
        }
        String machine = MachineFacts.describe(MachineFacts.loadAverage());
        out.println("machine: " + machine);
        long generating = System.nanoTime();
        Workload workload = new EventGenerator().generate(options.events(), options.batch(), options.seed());
        // other people (ids carry the seed, phones and e-mails the person number), so the warm-up neither
        // links to nor merges with the timed events
        Workload warmup = options.warmup() == 0 ? null : new EventGenerator().generate(options.warmup(),
                options.batch(), options.seed() + 1_000_003, workload.people());
        out.printf("workload (generated in %.1f s, before any timing): %s%n",
                (System.nanoTime() - generating) / 1e9, workload.describe());

        List<RunResult> results = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            out.printf("%nrun %d of %d: starting the hub (%s, -Xmx%s)%n", run, options.runs(), options.jar(), options.heap());
            // the generator's and the last run's garbage is collected now, not while the clock runs
            System.gc();
            try {
                RunResult result = oneRun(run, workload, warmup, options, out);
                results.add(result);
                out.println(result.line());
                out.println(result.cpuLine());
            } catch (Exception e) {
                out.println("run " + run + " FAILED: " + e);
                return 1;
            }
        }

        Report report = new Report(results, options, MachineFacts.sourceVersion(), machine);
        out.println();
        results.forEach(r -> out.println(r.line()));
        out.println(report.summary());
        if (!report.allCorrect()) {
            out.println("identity resolution ended in a wrong state: figures not written to the docs");
            return 1;
        }
        if (options.docs() != null) {
            report.writeTo(options.docs());
            out.println("wrote the results section of " + options.docs());
        }
        return 0;
    }

    private RunResult oneRun(int run, Workload workload, Workload warmup, BenchOptions options, PrintStream out)
            throws Exception {
        try (HubProcess hub = HubProcess.start(options.jar(), options.heap(), options.hubArgs())) {
            long starting = System.nanoTime();
            hub.awaitUp(STARTUP);
            try (SearchNode search = new SearchNode(hub.elasticsearch())) {
                out.printf("hub UP in %.1f s, Elasticsearch at %s; sending %,d events with %d senders%n",
                        (System.nanoTime() - starting) / 1e9, hub.elasticsearch(), workload.events(), options.senders());
                long before = search.count(SearchNode.TOUCHPOINTS);
                if (before != 0) {
                    throw new IllegalStateException("a fresh hub already holds " + before + " touchpoints");
                }
                IngestPhase.Baseline baseline = IngestPhase.Baseline.EMPTY;
                double coldRate = 0;
                if (warmup != null) {
                    out.printf("warm-up (untimed): %,d events of other people%n", warmup.events());
                    IngestPhase.Result warm = new IngestPhase(hub, search, out, baseline).run(warmup, options.senders());
                    coldRate = warmup.events() / warm.endToEndSeconds();
                    baseline = new IngestPhase.Baseline(warm.finalStats().touchpoints(), warm.finalStats().liveProfiles());
                    out.printf("warm-up done: cold hub %,.0f ev/s end to end; now the timed run%n", coldRate);
                    System.gc();
                }
                IngestPhase.Result ingest = new IngestPhase(hub, search, out, baseline).run(workload, options.senders());
                out.printf("searchable after %.1f s; the hub wrote %,d touchpoint and %,d profile documents (warm-up"
                                + " included); bulk-indexing the same documents straight into the node%n",
                        ingest.endToEndSeconds(), search.indexedTotal(SearchNode.TOUCHPOINTS),
                        search.indexedTotal(SearchNode.PROFILES));
                RawBulkPhase.Result raw = new RawBulkPhase(search).run();
                return new RunResult(run, workload, baseline, coldRate, ingest, raw);
            } catch (Exception e) {
                out.println("hub log (last lines):\n" + hub.logTail(30));
                throw e;
            }
        }
    }
}
