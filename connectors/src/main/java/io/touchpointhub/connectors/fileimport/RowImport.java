package io.touchpointhub.connectors.fileimport;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Streams a file through a {@link RowMapper} and hands the result on in chunks of at most
 * {@code chunkSize} rows: memory stays bounded by one chunk whatever the file's size, and the sink
 * (which stores the touchpoints and records progress) sees the import advance.
 *
 * <p>A bad row becomes a {@link RowError} and the import goes on. When the file cannot be read further
 * ({@link MalformedFileException}) the rows before are still handed on, then the exception is thrown.
 * Reusable and thread-safe; each {@link #run} uses its own reader.
 */
public final class RowImport {

    /** Receives each chunk in file order; a failure stops the import and propagates. */
    @FunctionalInterface
    public interface ChunkSink {
        void accept(ImportChunk chunk);
    }

    private final RowMapper mapper;
    private final int chunkSize;

    public RowImport(RowMapper mapper, int chunkSize) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1");
        }
        this.chunkSize = chunkSize;
    }

    /**
     * @param receivedAt the receipt time of every touchpoint of this import
     * @throws MalformedFileException after the chunk of the rows read before the failure was handed on
     */
    public ImportTotals run(RowReader reader, Instant receivedAt, ChunkSink sink) {
        Pending pending = new Pending();
        ImportTotals totals = new ImportTotals(0, 0, 0);
        try {
            mapper.checkColumns(reader.columns());
            for (boolean more = true; more; ) {
                more = readOne(reader, receivedAt, pending);
                if (pending.rows >= chunkSize || (!more && pending.rows > 0)) {
                    totals = totals.plus(pending.handOn(sink));
                }
            }
        } catch (MalformedFileException e) {
            if (pending.rows > 0) {
                pending.handOn(sink);
            }
            throw e;
        }
        return totals;
    }

    /** Reads and maps one row into {@code pending}; false at the end of the file. */
    private boolean readOne(RowReader reader, Instant receivedAt, Pending pending) {
        ImportRow row;
        try {
            row = reader.next();
        } catch (InvalidRowException e) {
            pending.reject(new RowError(e.row(), e.field(), e.rule()));
            return true;
        }
        if (row == null) {
            return false;
        }
        try {
            pending.add(mapper.map(row, receivedAt));
        } catch (InvalidTouchpointException e) {
            pending.reject(new RowError(row.number(), e.field(), e.rule()));
        }
        return true;
    }

    /** The rows read since the last chunk was handed on. */
    private static final class Pending {
        private final List<Touchpoint> touchpoints = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private int rows;

        void add(Touchpoint touchpoint) {
            touchpoints.add(touchpoint);
            rows++;
        }

        void reject(RowError error) {
            errors.add(error);
            rows++;
        }

        ImportChunk handOn(ChunkSink sink) {
            ImportChunk chunk = new ImportChunk(touchpoints, errors, rows);
            touchpoints.clear();
            errors.clear();
            rows = 0;
            sink.accept(chunk);
            return chunk;
        }
    }
}
