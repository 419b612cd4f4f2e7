package io.touchpointhub.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line options of {@link IngestBenchmark}.
 *
 * @param docs    the page to write the results section to, or {@code null} not to write one
 * @param command the command line to quote next to the figures (ingest.sh passes its own)
 * @param warmup  events sent (and waited for) before the clock starts, so the timed run measures a
 *                running hub, not a JVM compiling its code; 0 for a cold measurement
 * @param hubArgs extra arguments for the hub, e.g. {@code --hub.pipeline.identity-workers=2}, for trying
 *                settings; they come after the harness's own and so override them
 */
record BenchOptions(int events, int runs, int senders, int batch, Path jar, String heap, long seed, Path docs,
                    String command, int warmup, List<String> hubArgs) {

    static final String USAGE = """
            usage: IngestBenchmark [--events N] [--runs R] [--senders K] [--batch B] [--jar PATH] [--heap SIZE]
                                   [--seed S] [--docs PATH|none] [--command TEXT] [--warmup W] [--hub-arg ARG]...
              --events   events per run (default 100000)
              --runs     runs; the summary reports medians (default 3)
              --senders  concurrent HTTP senders (default 4)
              --batch    events per /v1/batch call (default 100)
              --jar      the hub's jar (default routes/target/touchpoint-hub.jar)
              --heap     the hub's -Xmx (default 2g)
              --seed     generator seed; the same seed sends the same events (default 42)
              --docs     page to put the results section in (default docs/benchmarks.md; none: do not write)
              --command  the command line quoted with the figures
              --warmup   events of other people sent first, untimed, to warm the hub's JVM (default 20000; 0: cold)
              --hub-arg  one more argument for the hub, e.g. --hub-arg --hub.pipeline.identity-workers=2 (repeatable)
            """;

    static BenchOptions parse(String[] args) {
        int events = 100_000;
        int runs = 3;
        int senders = 4;
        int batch = 100;
        Path jar = Path.of("routes/target/touchpoint-hub.jar");
        String heap = "2g";
        long seed = 42;
        Path docs = Path.of("docs/benchmarks.md");
        String command = null;
        int warmup = 20_000;
        List<String> hubArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name + "\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--events" -> events = positive(name, value);
                case "--runs" -> runs = positive(name, value);
                case "--senders" -> senders = positive(name, value);
                case "--batch" -> batch = positive(name, value);
                case "--jar" -> jar = Path.of(value);
                case "--heap" -> heap = value;
                case "--seed" -> seed = Long.parseLong(value);
                case "--docs" -> docs = value.equals("none") ? null : Path.of(value);
                case "--command" -> command = value;
                case "--warmup" -> warmup = value.equals("0") ? 0 : positive(name, value);
                case "--hub-arg" -> hubArgs.add(value);
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        if (events < 10) {
            throw new IllegalArgumentException("--events must be at least 10");
        }
        if (!heap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("--heap must look like 2g or 1536m: " + heap);
        }
        if (command == null) {
            command = "java io.touchpointhub.bench.IngestBenchmark " + String.join(" ", Arrays.asList(args));
        }
        return new BenchOptions(events, runs, senders, batch, jar, heap, seed, docs, command, warmup, List.copyOf(hubArgs));
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
