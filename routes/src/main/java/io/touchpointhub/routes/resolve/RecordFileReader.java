package io.touchpointhub.routes.resolve;

import io.touchpointhub.identity.match.FieldSpec;
import io.touchpointhub.identity.match.RecordTableBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams RFC 4180 files into a {@link RecordTableBuilder}: the header names the columns; every row
 * must have the header's number of fields and decode cleanly in the mapping's encoding. A row is
 * named by its data row number (1 = the first row after the header) and the line it starts on.
 * Undecodable bytes become a noncharacter (U+FFFF) while decoding, because the decoder runs ahead of
 * the parser; the row that holds one is the row reported.
 */
final class RecordFileReader {

    private static final String UNDECODABLE = "\uFFFF";
    private static final String UNDECODABLE_PROBLEM = "bytes that are not valid in the mapping's encoding";

    private final ResolveMapping mapping;
    private final List<FieldSpec> fields;
    private final RecordTableBuilder builder;

    RecordFileReader(ResolveMapping mapping, RecordTableBuilder builder) {
        this.mapping = mapping;
        this.fields = mapping.fields();
        this.builder = builder;
    }

    /** Reads one file; returns its number of data rows. */
    int read(Path file) {
        CharsetDecoder decoder = mapping.encoding().newDecoder().replaceWith(UNDECODABLE)
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(mapping.delimiter()).setTrim(mapping.trim()).get();
        String name = file.getFileName().toString();
        int rows = 0;
        long line = 1;
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            Header header = header(name, records);
            line = parser.getCurrentLineNumber() + 1;
            while (next(records, name, rows + 1, line)) {
                CSVRecord record = records.next();
                rows++;
                add(name, header, record, rows, line);
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        return rows;
    }

    private boolean next(Iterator<CSVRecord> records, String name, int row, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(name, row, line, e);
        }
    }

    private Header header(String name, Iterator<CSVRecord> records) {
        if (!next(records, name, 0, 1)) {
            throw new BadInputException(name + ": empty file, a header row is needed");
        }
        CSVRecord first = records.next();
        if (undecodable(first)) {
            throw new BadInputException(name + ": header (line 1): " + UNDECODABLE_PROBLEM);
        }
        List<String> columns = new ArrayList<>();
        first.forEach(column -> columns.add(column.strip()));
        if (!columns.isEmpty() && columns.get(0).startsWith("\uFEFF")) {
            columns.set(0, columns.get(0).substring(1).strip());
        }
        return new Header(name, columns, mapping, fields);
    }

    private void add(String name, Header header, CSVRecord record, int row, long line) {
        if (undecodable(record)) {
            throw new BadInputException(String.format("%s: row %d (line %d): %s", name, row, line, UNDECODABLE_PROBLEM));
        }
        if (record.size() != header.width()) {
            throw new BadInputException(String.format("%s: row %d (line %d): %d fields, the header has %d",
                    name, row, line, record.size(), header.width()));
        }
        String id = record.get(header.id());
        if (id.isBlank()) {
            throw new BadInputException(String.format("%s: row %d (line %d): the id column %s is empty",
                    name, row, line, mapping.idColumn()));
        }
        String source = header.source() < 0 ? baseName(name) : record.get(header.source());
        String[] values = new String[fields.size()];
        for (int f = 0; f < values.length; f++) {
            values[f] = record.get(header.field(f));
        }
        builder.add(id, source, values);
    }

    private static boolean undecodable(CSVRecord record) {
        for (String value : record) {
            if (value.indexOf(UNDECODABLE.charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static BadInputException unreadable(String name, int row, long line, RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String problem = cause instanceof CharacterCodingException
                ? UNDECODABLE_PROBLEM : "not valid CSV (" + cause.getClass().getSimpleName() + ")";
        return new BadInputException(String.format("%s: row %d (line %d): %s", name, row, line, problem), e);
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Column positions of the mapped columns in one file's header. */
    private record Header(int width, int id, int source, int[] fieldColumns) {

        Header(String name, List<String> columns, ResolveMapping mapping, List<FieldSpec> fields) {
            this(columns.size(), position(name, columns, mapping.idColumn()),
                    mapping.sourceColumn() == null ? -1 : position(name, columns, mapping.sourceColumn()),
                    fields.stream().mapToInt(f -> position(name, columns, f.name())).toArray());
        }

        int field(int f) {
            return fieldColumns[f];
        }

        private static int position(String name, List<String> columns, String column) {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new BadInputException(name + ": header (line 1): the mapped column " + column + " is missing");
            }
            return index;
        }
    }
}
