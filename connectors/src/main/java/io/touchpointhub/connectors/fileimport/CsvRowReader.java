package io.touchpointhub.connectors.fileimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Streams an RFC 4180 CSV file with a header record through Commons CSV: quoted fields may hold
 * delimiters, doubled quotes and line breaks; empty lines are skipped. Only the current record is held.
 *
 * <p>A record with a different number of fields than the header is reported and skipped. Broken quoting,
 * invalid bytes for the encoding or an over-long record stop the file: after them no record boundary
 * can be trusted.
 */
public final class CsvRowReader implements RowReader {

    /* Commons CSV reads ahead through its own buffer; the record limit allows for it. */
    private static final int READ_AHEAD = 16 * 1024;

    private final TextInput input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final int maxRowChars;

    public CsvRowReader(InputStream in, ReadOptions options) {
        this.maxRowChars = options.maxRowChars();
        this.input = new TextInput(in, options.encoding(), (long) options.maxRowChars() + READ_AHEAD);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(options.delimiter())
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(false)
                .get();
        try {
            this.parser = CSVParser.builder().setReader(input).setFormat(format).get();
        } catch (IOException | UncheckedIOException e) {
            throw failure(1, e);
        } catch (IllegalArgumentException e) {
            // Commons CSV's message names the offending header, which is a column name, not data
            throw new MalformedFileException(1, "header", "must name every column once (" + e.getMessage() + ")", e);
        }
        this.header = parser.getHeaderNames().stream().map(String::strip).toList();
        this.records = parser.iterator();
        input.recordStarted();
    }

    @Override
    public List<String> columns() {
        return header;
    }

    @Override
    public ImportRow next() {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            throw failure(parser.getRecordNumber() + 2, e);
        }
        input.recordStarted();
        long row = record.getRecordNumber() + 1;
        if (record.size() != header.size()) {
            throw new InvalidRowException(row, "row",
                    "must have " + header.size() + " fields like the header, not " + record.size());
        }
        Map<String, String> values = new LinkedHashMap<>(header.size() * 2);
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), record.get(i));
        }
        return new ImportRow(row, values);
    }

    /** What a parser failure means: a file that cannot be read on, or an I/O failure of its source. */
    private RuntimeException failure(long row, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TextInput.RecordTooLongException) {
                return new MalformedFileException(row, "row", "must be at most " + maxRowChars
                        + " characters (an unclosed quote makes the rest of the file one field)", e);
            }
            if (cause instanceof CharacterCodingException) {
                return new MalformedFileException(row, "file", "must be encoded in the declared encoding", e);
            }
            if (cause instanceof CSVException) {
                return new MalformedFileException(row, "row", "must be well-formed CSV (RFC 4180): a quoted field "
                        + "ends with a quote followed by a delimiter or a line break", e);
            }
        }
        return e instanceof UncheckedIOException unchecked ? unchecked
                : e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
