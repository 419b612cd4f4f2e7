package io.touchpointhub.connectors.fileimport;

import java.io.Closeable;
import java.io.InputStream;
import java.util.List;

/**
 * Reads an import file one row at a time, holding only the current record in memory.
 *
 * <p>Not thread-safe: one reader per file, read by one thread.
 */
public interface RowReader extends Closeable {

    /**
     * @return the next row, or {@code null} at the end of the file
     * @throws InvalidRowException    the next record cannot be read as a row, but the reader moved past
     *                                it and the caller may go on
     * @throws MalformedFileException the file cannot be read any further
     * @throws java.io.UncheckedIOException the source failed (a disk or network error, not the file's content)
     */
    ImportRow next();

    /** The column names the file declares (a CSV header), or an empty list when rows bring their own (JSON lines). */
    List<String> columns();

    /** Opens a reader of {@code format} over {@code in}; closing the reader closes {@code in}. */
    static RowReader open(ImportFormat format, InputStream in, ReadOptions options) {
        return switch (format) {
            case CSV -> new CsvRowReader(in, options);
            case JSON_LINES -> new JsonLinesRowReader(in, options);
        };
    }
}
