package io.touchpointhub.routes.resolve;

import io.touchpointhub.identity.match.RecordTable;
import io.touchpointhub.identity.match.RecordTableBuilder;
import io.touchpointhub.identity.match.Resolution;
import io.touchpointhub.identity.match.Resolver;
import io.touchpointhub.identity.match.cluster.CannotLinks;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code resolve --input people.csv --config mapping.yml --output clusters.csv}: reads the files,
 * resolves them with {@link Resolver} and writes the clusters. Progress goes to stderr; exit status 0
 * on success, 2 on bad input (with one line naming the file, row and problem), 1 on any other failure.
 */
public final class ResolveCommand {

    public static final String NAME = "resolve";
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private final PrintStream err;

    ResolveCommand(PrintStream err) {
        this.err = err;
    }

    /** Runs the command with the arguments after "resolve"; answers the exit status. */
    public static int run(String[] args, PrintStream err) {
        return new ResolveCommand(err).execute(args);
    }

    int execute(String[] args) {
        try {
            ResolveArguments arguments = ResolveArguments.parse(args);
            ResolveMapping mapping = ResolveMapping.read(arguments.config());
            resolve(arguments, mapping);
            return OK;
        } catch (BadInputException e) {
            err.println("resolve: " + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("resolve: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("resolve: failed: " + e);
            return FAILED;
        }
    }

    private void resolve(ResolveArguments arguments, ResolveMapping mapping) {
        long started = System.nanoTime();
        RecordTableBuilder builder = RecordTable.builder(mapping.fields(), mapping.settings());
        RecordFileReader reader = new RecordFileReader(mapping, builder);
        for (Path input : arguments.inputs()) {
            int rows = reader.read(input);
            progress("read %,d rows from %s", rows, input.getFileName());
        }
        int records = builder.size();
        progress("read %,d records in %.1f s (%,.0f records/s)", records, seconds(started), records / seconds(started));
        RecordTable table = builder.build();
        progress("normalised %d fields in %.1f s", table.fields().size(), seconds(started));
        Resolution resolution = resolve(arguments, mapping, table);
        progress("writing %s (%.1f s)", arguments.output().getFileName(), seconds(started));
        ClusterFileWriter.write(arguments.output(), resolution);
        double total = seconds(started);
        progress("wrote %,d rows, %,d clusters, %,d pairs for review to %s; %.1f s in all (%,.0f records/s), %.1f s CPU",
                records, resolution.clusterCount(), resolution.reviews().size(), arguments.output().getFileName(),
                total, records / total, cpuSeconds());
    }

    private Resolution resolve(ResolveArguments arguments, ResolveMapping mapping, RecordTable table) {
        Resolver resolver = new Resolver(mapping.settings(), message -> err.println("resolve: " + message));
        if (arguments.candidates() == null) {
            return resolver.resolve(table);
        }
        try (CandidateFileWriter candidates = new CandidateFileWriter(arguments.candidates())) {
            Resolution resolution = resolver.resolve(table, CannotLinks.none(), candidates);
            progress("wrote %,d candidate pairs to %s", candidates.pairs(), arguments.candidates().getFileName());
            return resolution;
        }
    }

    private void progress(String format, Object... args) {
        err.println("resolve: " + String.format(Locale.ROOT, format, args));
    }

    /** CPU time of the whole process (all threads, JIT and GC included): on a shared machine it says
     *  more about the cost than wall-clock time does. */
    private static double cpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static double seconds(long since) {
        return Math.max(1e-3, (System.nanoTime() - since) / 1e9);
    }
}
