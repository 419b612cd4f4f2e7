package io.touchpointhub.routes.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --input <file>... --config <mapping.yml> --output <clusters.csv> [--candidates <pairs.csv>]}
 *
 * @param candidates where to write the candidate pairs of blocking, or null
 */
record ResolveArguments(List<Path> inputs, Path config, Path output, Path candidates) {

    static final String USAGE = "usage: resolve --input <file.csv> [--input <file.csv> ...] --config <mapping.yml> "
            + "--output <clusters.csv> [--candidates <pairs.csv>]";

    static ResolveArguments parse(String[] args) {
        List<Path> inputs = new ArrayList<>();
        Path config = null;
        Path output = null;
        Path candidates = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value;
            int eq = option.indexOf('=');
            if (option.startsWith("--") && eq > 0) {
                value = option.substring(eq + 1);
                option = option.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new BadInputException(option + " needs a value; " + USAGE);
            }
            switch (option) {
                case "--input", "-i" -> inputs.add(Path.of(value));
                case "--config", "-c" -> config = Path.of(value);
                case "--output", "-o" -> output = Path.of(value);
                case "--candidates" -> candidates = Path.of(value);
                default -> throw new BadInputException("unknown option " + option + "; " + USAGE);
            }
        }
        if (inputs.isEmpty() || config == null || output == null) {
            throw new BadInputException(USAGE);
        }
        return new ResolveArguments(List.copyOf(inputs), config, output, candidates);
    }
}
