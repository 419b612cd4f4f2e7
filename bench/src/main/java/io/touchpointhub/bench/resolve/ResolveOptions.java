package io.touchpointhub.bench.resolve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line options of {@link ResolveBenchmark}.
 *
 * @param datasets  data set names to run, in table order
 * @param scales    synthetic file sizes to run
 * @param docs      the page to put the results section in, or {@code null}
 * @param resolver  the command that stands for {@code java -Xmx<heap> -jar <jar> resolve}, or {@code null}
 *                  for the hub itself; figures of another command are never written to the default page
 * @param duke      whether to run Duke next to the hub where a Duke configuration exists
 */
record ResolveOptions(List<String> datasets, List<Integer> scales, Path docs, Path jar, String heap, Path data,
                      Path mappings, Path work, List<String> resolver, boolean duke, int dukeThreads, long seed,
                      Duration timeout, String command, int scaleRuns, int millionRuns) {

    static final Path DEFAULT_DOCS = Path.of("docs/benchmarks.md");

    static final String USAGE = """
            usage: ResolveBenchmark [--datasets a,b|all|none] [--scale 10000,100000,1000000|none] [--docs PATH|none]
                                    [--jar PATH] [--heap SIZE] [--data DIR] [--work DIR] [--mappings DIR] [--no-duke] [--duke-threads N]
                                    [--scale-runs R] [--million-runs R] [--seed S] [--timeout-minutes M] [--resolver "COMMAND WORDS"] [--command TEXT]
              --datasets  data sets to run (default all): %s
              --scale     synthetic people files to generate and resolve (default 10000,100000,1000000)
              --docs      page for the results section (default docs/benchmarks.md; none: do not write)
              --jar       the hub's jar (default routes/target/touchpoint-hub.jar)
              --heap      -Xmx of the resolver and of Duke (default 4g)
              --data      the data sets directory (default: shared/datasets/identity found beside or above the repository)
              --work      where prepared inputs and outputs go (default bench/target/resolve-work)
              --mappings  the mapping YAMLs and duke/ configurations (default bench/resolve)
              --no-duke   do not run Duke 1.2 on FEBRL and fake_1000
              --duke-threads  Duke's matching threads (default 2, as many as the machine has cores)
              --scale-runs  runs per synthetic file below 1,000,000 records; the table shows the median (default 3)
              --million-runs  runs per synthetic file of 1,000,000 records or more (default 1: minutes each)
              --seed      synthetic generator seed (default 42)
              --timeout-minutes  per run (default 20)
              --resolver  another command instead of the hub's jar (for trying the harness); its figures are
                          never written to docs/benchmarks.md, and to another page only with an explicit --docs
            """.formatted(String.join(",", Datasets.all().keySet()));

    /** Runs of a synthetic file of this many records. */
    int runsAt(int records) {
        return records >= 1_000_000 ? millionRuns : scaleRuns;
    }

    static ResolveOptions parse(String[] args) {
        List<String> datasets = new ArrayList<>(Datasets.all().keySet());
        List<Integer> scales = List.of(10_000, 100_000, 1_000_000);
        Path docs = DEFAULT_DOCS;
        boolean docsGiven = false;
        Path jar = Path.of("routes/target/touchpoint-hub.jar");
        String heap = "4g";
        Path data = null;
        Path mappings = Path.of("bench/resolve");
        Path work = Path.of("bench/target/resolve-work");
        List<String> resolver = null;
        boolean duke = true;
        int dukeThreads = 2;
        long seed = 42;
        Duration timeout = Duration.ofMinutes(20);
        String command = null;
        int scaleRuns = 3;
        int millionRuns = 1;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (name.equals("--no-duke")) {
                duke = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name + "\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--datasets" -> datasets = datasets(value);
                case "--scale" -> scales = value.equals("none") ? List.of() : Arrays.stream(value.split(","))
                        .map(s -> positive("--scale", s)).toList();
                case "--docs" -> {
                    docs = value.equals("none") ? null : Path.of(value);
                    docsGiven = true;
                }
                case "--jar" -> jar = Path.of(value);
                case "--heap" -> heap = heap(value);
                case "--data" -> data = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--mappings" -> mappings = Path.of(value);
                case "--resolver" -> resolver = List.of(value.trim().split("\\s+"));
                case "--duke-threads" -> dukeThreads = positive(name, value);
                case "--scale-runs" -> scaleRuns = positive(name, value);
                case "--million-runs" -> millionRuns = positive(name, value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--timeout-minutes" -> timeout = Duration.ofMinutes(positive(name, value));
                case "--command" -> command = value;
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        if (resolver != null && (!docsGiven || DEFAULT_DOCS.equals(docs))) {
            docs = null; // a stand-in's figures must never land in the published page
        }
        return new ResolveOptions(List.copyOf(datasets), scales, docs, jar, heap, data == null ? locateData() : data,
                mappings, work, resolver, duke, dukeThreads, seed, timeout,
                command == null ? "java io.touchpointhub.bench.resolve.ResolveBenchmark " + String.join(" ", args) : command,
                scaleRuns, millionRuns);
    }

    private static List<String> datasets(String value) {
        if (value.equals("all")) {
            return new ArrayList<>(Datasets.all().keySet());
        }
        if (value.equals("none")) {
            return List.of();
        }
        List<String> names = List.of(value.split(","));
        for (String name : names) {
            if (!Datasets.all().containsKey(name)) {
                throw new IllegalArgumentException("unknown data set " + name + "; known: " + Datasets.all().keySet());
            }
        }
        // table order, whatever order they were given in
        return Datasets.all().keySet().stream().filter(names::contains).toList();
    }

    /** {@code shared/datasets/identity} beside the repository (a clone) or one level higher (a worktree). */
    static Path locateData() {
        for (String candidate : List.of("../shared/datasets/identity", "../../shared/datasets/identity",
                "shared/datasets/identity")) {
            Path dir = Path.of(candidate);
            if (Files.isDirectory(dir)) {
                return dir.toAbsolutePath().normalize();
            }
        }
        return Path.of("../shared/datasets/identity").toAbsolutePath().normalize();
    }

    private static String heap(String value) {
        if (!value.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("--heap must look like 4g or 3072m: " + value);
        }
        return value;
    }

    private static int positive(String name, String value) {
        try {
            int parsed = Integer.parseInt(value.replace("_", ""));
            if (parsed < 1) {
                throw new IllegalArgumentException(name + " must be at least 1: " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + value);
        }
    }
}
