package io.touchpointhub.bench.sentiment;

import java.nio.file.Path;

/** Command-line options of the sentiment benchmark. */
record Options(Path data, Path docs, int runs, int threads, boolean tune, String command) {

    static Options parse(String[] args) {
        Path data = Path.of("../shared/datasets/sentiment");
        Path docs = Path.of("docs/benchmarks.md");
        int runs = 3;
        int threads = 2;
        boolean tune = false;
        String command = "bench/sentiment.sh";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--docs" -> docs = "none".equals(args[++i]) ? null : Path.of(args[i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--tune" -> tune = true;
                case "--command" -> command = args[++i];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        return new Options(data, docs, runs, threads, tune, command);
    }
}
