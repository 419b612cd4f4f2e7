package io.touchpointhub.bench.resolve;

import io.touchpointhub.bench.MachineFacts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The identity-resolution benchmark: for each data set, writes the resolver's input (ids opaque, labels
 * withheld), runs {@code java -Xmx4g -jar <hub jar> resolve} on it as a child process, times it, reads
 * {@code clusters.csv} and scores it pairwise against the ground truth; runs Duke 1.2 the same way where
 * a Duke configuration exists; then generates synthetic people files and times {@code resolve} on them.
 * Prints the table and writes it into {@code docs/benchmarks.md} between its own markers.
 *
 * <p>Run from the repository root, normally through {@code bench/resolve.sh}. Exit status 0 when every
 * run produced a valid output (targets missed are reported, not failures), 1 otherwise.
 */
public final class ResolveBenchmark {

    private static final Duration PREFLIGHT_TIMEOUT = Duration.ofMinutes(2);

    private final ResolveOptions options;
    private final PrintStream out;

    ResolveBenchmark(ResolveOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        ResolveOptions options;
        try {
            options = ResolveOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new ResolveBenchmark(options, System.out).run());
    }

    int run() throws Exception {
        if (options.resolver() == null && !Files.isRegularFile(options.jar())) {
            out.println("no hub jar at " + options.jar().toAbsolutePath() + "; build it with ./mvnw -q -DskipTests package");
            return 1;
        }
        String machine = MachineFacts.describe(MachineFacts.loadAverage());
        out.println("machine: " + machine);
        out.println("resolver: " + shown(resolverCommand()) + " ...");
        Files.createDirectories(options.work());
        if (!preflight()) {
            return 1;
        }
        List<Row> rows = new ArrayList<>();
        for (String name : options.datasets()) {
            rows.add(runDataset(Datasets.all().get(name)));
        }
        for (int records : options.scales()) {
            rows.add(runSynthetic(records));
        }
        ResolveReport report = new ResolveReport(rows, options, MachineFacts.sourceVersion(), machine);
        out.println();
        out.println(report.consoleTable());
        if (options.docs() != null) {
            report.writeTo(options.docs());
            out.println("wrote the resolve section of " + options.docs());
        } else if (options.resolver() != null) {
            out.println("figures of --resolver " + shown(options.resolver()) + " are not the hub's: nothing written to the docs");
        }
        return rows.stream().allMatch(r -> r.ours().succeeded() && (r.duke() == null || r.duke().succeeded())) ? 0 : 1;
    }

    /**
     * One tiny file first, so a jar without a working {@code resolve} (one that, say, starts the web server
     * instead) costs two minutes, not a timeout per data set.
     */
    private boolean preflight() throws IOException, InterruptedException {
        Path dir = Files.createDirectories(options.work().resolve("preflight"));
        SyntheticPeople.Generated generated = SyntheticPeople.write(50, options.seed(), dir.resolve("input.csv"));
        Prepared prepared = new Prepared("preflight", Task.DEDUP, generated.input(), generated.ids(), null,
                new GroundTruth.Entities(generated.entityOfRecord()), generated.truePairs(), List.of("preflight"));
        out.println("preflight: 50 synthetic rows");
        Duration timeout = PREFLIGHT_TIMEOUT.compareTo(options.timeout()) < 0 ? PREFLIGHT_TIMEOUT : options.timeout();
        Outcome outcome = resolve(prepared, options.mappings().resolve("synthetic.yml"), timeout);
        if (!outcome.succeeded()) {
            out.println("the resolver does not work on a 50-row file (" + outcome.failure() + "); nothing measured");
        }
        return outcome.succeeded();
    }

    private Row runDataset(Dataset dataset) throws IOException, InterruptedException {
        out.printf("%n== %s (%s) ==%n", dataset.name(), dataset.task().label());
        Prepared prepared;
        try {
            prepared = Preparation.prepare(dataset, options.data(), options.work());
        } catch (IOException | RuntimeException e) {
            out.println("  cannot prepare " + dataset.name() + ": " + e.getMessage());
            Outcome failed = Outcome.failed(0, "not prepared: " + e.getMessage());
            return new Row(dataset.name(), dataset.task(), 0, 0, failed, null, dataset.target(), dataset.published(),
                    dataset.mapping(), List.of(), List.of());
        }
        out.printf("  %,d records, %,d true pairs; input %s%n", prepared.records(), prepared.truePairs(), prepared.input());
        Path mapping = options.mappings().resolve(dataset.mapping());
        Outcome ours = resolve(prepared, mapping, options.timeout());
        Outcome duke = null;
        if (options.duke() && dataset.dukeConfig() != null) {
            duke = runDuke(prepared, options.mappings().resolve("duke").resolve(dataset.dukeConfig()));
        }
        return new Row(dataset.name(), dataset.task(), prepared.records(), prepared.truePairs(), ours, duke,
                dataset.target(), dataset.published(), dataset.mapping(), List.of(ours.seconds()), List.of());
    }

    private Row runSynthetic(int records) throws IOException, InterruptedException {
        String name = "synthetic-" + ResolveReport.shortCount(records);
        out.printf("%n== %s (dedup, generated with seed %d) ==%n", name, options.seed());
        Path dir = Files.createDirectories(options.work().resolve(name));
        long generating = System.nanoTime();
        SyntheticPeople.Generated generated = SyntheticPeople.write(records, options.seed(), dir.resolve("input.csv"));
        GroundTruth truth = new GroundTruth.Entities(generated.entityOfRecord());
        Prepared prepared = new Prepared(name, Task.DEDUP, generated.input(), generated.ids(), null, truth,
                generated.truePairs(), List.of(name));
        Preparation.writeTruth(prepared, dir.resolve("truth.csv"));
        out.printf(Locale.ROOT, "  %,d records of %,d people, %,d true pairs; generated in %.1f s (untimed)%n",
                records, generated.entities(), generated.truePairs(), (System.nanoTime() - generating) / 1e9);
        List<Outcome> runs = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        int runCount = options.runsAt(records);
        for (int run = 1; run <= runCount; run++) {
            String load = MachineFacts.loadAverage();
            loads.add(load.split(" ")[0]);
            out.printf("  run %d of %d (load average %s)%n", run, runCount, load);
            runs.add(resolve(prepared, options.mappings().resolve("synthetic.yml"), options.timeout()));
        }
        Outcome ours = median(runs);
        Target target = records >= 1_000_000 ? Target.secondsUnder(120) : Target.NONE;
        String published = records >= 1_000_000 ? "Splink README: about 1 min for 1M records on a multi-core laptop" : "–";
        return new Row(name, Task.DEDUP, records, generated.truePairs(), ours, null, target, published, "synthetic.yml",
                runs.stream().map(Outcome::seconds).toList(), loads);
    }

    /** The run of median time (the lower middle one of an even count); a failed run if any failed. */
    static Outcome median(List<Outcome> runs) {
        for (Outcome run : runs) {
            if (!run.succeeded()) {
                return run;
            }
        }
        List<Outcome> sorted = runs.stream().sorted(java.util.Comparator.comparingDouble(Outcome::seconds)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    private Outcome resolve(Prepared prepared, Path mapping, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(resolverCommand());
        boolean hub = command.get(command.size() - 1).equals("resolve");
        Path output = prepared.input().resolveSibling("clusters.csv");
        Files.deleteIfExists(output);
        command.addAll(List.of("--input", prepared.input().toString(), "--config", mapping.toString(),
                "--output", output.toString()));
        Path candidates = output.resolveSibling("candidates.csv");
        Files.deleteIfExists(candidates);
        if (hub) {
            // the hub's resolve command (the jar, or its classes for trying a change) lists its candidates
            command.addAll(List.of("--candidates", candidates.toString()));
        }
        out.println("  resolve: " + shown(command));
        return measure(prepared, command, output, "resolve", timeout);
    }

    private Outcome runDuke(Prepared prepared, Path config) throws IOException, InterruptedException {
        Path output = prepared.input().resolveSibling("duke-clusters.csv");
        Files.deleteIfExists(output);
        List<String> command = List.of(java(), "-Xmx" + options.heap(), "-cp", System.getProperty("java.class.path"),
                DukeResolve.class.getName(), "--input", prepared.input().toString(), "--config", config.toString(),
                "--output", output.toString(), "--threads", Integer.toString(options.dukeThreads()));
        out.println("  duke: " + DukeResolve.class.getSimpleName() + " --config " + config);
        return measure(prepared, command, output, "duke", options.timeout());
    }

    private Outcome measure(Prepared prepared, List<String> command, Path output, String who, Duration timeout)
            throws IOException, InterruptedException {
        Path dir = output.getParent();
        TimedProcess.Result run = TimedProcess.run(command, dir.resolve(who + ".stderr"), dir.resolve(who + ".stdout"),
                timeout, out);
        if (run.timedOut()) {
            return report(who, Outcome.failed(run.seconds(), "timed out after " + timeout.toSeconds() + " s"));
        }
        if (run.exitCode() != 0) {
            return report(who, Outcome.failed(run.seconds(), "exit status " + run.exitCode() + ": " + run.lastLine()));
        }
        try {
            int[] clusters = ClusterFile.read(output, prepared.ids());
            PairwiseScore score = prepared.score(clusters);
            long kept = who.equals("resolve") ? BlockingSurvival.keptTruePairs(dir.resolve("candidates.csv"), prepared) : -1;
            return report(who, new Outcome(score, run.seconds(), run.candidates(), run.peakRssMb(), null, kept,
                    run.cpuSeconds()));
        } catch (ClusterFile.ContractViolation e) {
            return report(who, Outcome.failed(run.seconds(), "output breaks the contract: " + e.getMessage()));
        } catch (IOException e) {
            return report(who, Outcome.failed(run.seconds(), "output unreadable: " + e.getMessage()));
        }
    }

    private Outcome report(String who, Outcome outcome) {
        if (outcome.succeeded()) {
            PairwiseScore s = outcome.score();
            out.printf(Locale.ROOT, "  %s: P %.4f R %.4f F1 %.4f (%,d of %,d predicted pairs true, %,d true pairs) in %.1f s%s%n",
                    who, s.precision(), s.recall(), s.f1(), s.truePositives(), s.predictedPairs(), s.truePairs(),
                    outcome.seconds(), outcome.peakRssMb() > 0 ? ", peak RSS " + outcome.peakRssMb() + " MB" : "");
            if (outcome.keptTruePairs() >= 0) {
                out.printf(Locale.ROOT, "  blocking kept %,d of %,d true pairs (%.1f%%) among %,d candidates%n",
                        outcome.keptTruePairs(), s.truePairs(), 100.0 * outcome.keptTruePairs() / Math.max(1, s.truePairs()),
                        outcome.candidates());
            }
        } else {
            out.printf(Locale.ROOT, "  %s FAILED after %.1f s: %s%n", who, outcome.seconds(), outcome.failure());
        }
        return outcome;
    }

    private List<String> resolverCommand() {
        if (options.resolver() != null) {
            return options.resolver();
        }
        return List.of(java(), "-Xmx" + options.heap(), "-jar", options.jar().toString(), "resolve");
    }

    /** A command for the console, with a long class path folded away. */
    static String shown(List<String> command) {
        List<String> words = new ArrayList<>(command);
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i - 1).equals("-cp") && words.get(i).length() > 60) {
                words.set(i, "<classpath>");
            }
        }
        return String.join(" ", words);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
