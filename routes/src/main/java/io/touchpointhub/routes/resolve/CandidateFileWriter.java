package io.touchpointhub.routes.resolve;

import io.touchpointhub.identity.match.block.PairSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --candidates <file>}: every candidate pair blocking produced, as {@code record_a,record_b}, the
 * 0-based positions of the two records in input order (across all inputs, so ids that repeat across
 * files stay unambiguous). Lets a benchmark count how many true pairs blocking keeps; values are never
 * written, only positions.
 */
final class CandidateFileWriter implements PairSink, AutoCloseable {

    private final Path file;
    private final BufferedWriter writer;
    private final StringBuilder line = new StringBuilder(24);
    private long pairs;

    CandidateFileWriter(Path file) {
        this.file = file;
        try {
            this.writer = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
            writer.write("record_a,record_b\n");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be written (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public void accept(int a, int b) {
        line.setLength(0);
        line.append(a).append(',').append(b).append('\n');
        try {
            writer.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pairs++;
    }

    long pairs() {
        return pairs;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be written (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
