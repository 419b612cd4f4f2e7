package io.touchpointhub.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole harness against the stand-in resolver of the tests (exact e-mail / name + birth date): it
 * generates, runs the child process, scores, prints the table and writes only its own section of a page.
 */
class ResolveBenchmarkTest {

    @TempDir
    Path dir;

    private static String standIn() {
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -Xmx256m -cp "
                + System.getProperty("java.class.path") + " " + StandInResolve.class.getName();
    }

    @Test
    void aSyntheticRunIsScoredAndWrittenBetweenItsOwnMarkersOnly() throws Exception {
        Path page = dir.resolve("benchmarks.md");
        String ingest = "# Benchmarks\n\nintro\n\n<!-- ingest-benchmark:begin x -->\ningest figures\n<!-- ingest-benchmark:end -->\n\nhand-written notes\n";
        Files.writeString(page, ingest);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ResolveOptions options = ResolveOptions.parse(new String[] {"--datasets", "none", "--scale", "3000",
                "--mappings", "resolve", "--work", dir.resolve("work").toString(), "--docs", page.toString(),
                "--resolver", standIn()});

        int status = new ResolveBenchmark(options, new PrintStream(console, true, StandardCharsets.UTF_8)).run();

        String out = console.toString(StandardCharsets.UTF_8);
        assertThat(status).as(out).isZero();
        assertThat(out).contains("stand-in: 3,000 records").containsPattern("synthetic-3k +dedup +3,000");
        String written = Files.readString(page);
        assertThat(written).startsWith(ingest).contains(ResolveReport.BEGIN, ResolveReport.END)
                .contains("not the hub's figures").containsPattern("\\| synthetic-3k \\| dedup \\| 3,000 \\|")
                .doesNotContain(System.getProperty("java.class.path"));
        // a second run replaces the section instead of adding another
        new ResolveBenchmark(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        assertThat(Files.readString(page).split(java.util.regex.Pattern.quote(ResolveReport.BEGIN), -1)).hasSize(2);
    }

    @Test
    void aResolverThatFailsIsReportedWithItsErrorAndTheRunFails() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ResolveOptions options = ResolveOptions.parse(new String[] {"--datasets", "none", "--scale", "500",
                "--mappings", dir.toString(), "--work", dir.resolve("work").toString(), "--resolver", standIn()});
        Files.writeString(dir.resolve("synthetic.yml"), "id: id\ncolumns:\n  no_such_column: email\n");

        int status = new ResolveBenchmark(options, new PrintStream(console, true, StandardCharsets.UTF_8)).run();

        assertThat(status).isEqualTo(1);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("exit status 2: error: input.csv: no column no_such_column");
    }

    @Test
    void anotherResolverNeverWritesToThePublishedPage() {
        ResolveOptions quiet = ResolveOptions.parse(new String[] {"--resolver", "java -cp x Y"});
        assertThat(quiet.docs()).isNull();
        ResolveOptions explicit = ResolveOptions.parse(new String[] {"--resolver", "java -cp x Y", "--docs", "docs/benchmarks.md"});
        assertThat(explicit.docs()).isNull();
        assertThat(ResolveOptions.parse(new String[0]).docs()).isEqualTo(ResolveOptions.DEFAULT_DOCS);
    }
}
