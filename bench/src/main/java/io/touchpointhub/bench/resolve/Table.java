package io.touchpointhub.bench.resolve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One published CSV file as read for the benchmark: values trimmed (FEBRL separates with ", "), quoted
 * fields with delimiters and line breaks kept whole, bytes decoded strictly in the file's charset (a
 * malformed byte fails the read instead of turning into U+FFFD).
 *
 * @param header the column names, or c0, c1, ... for a file without a header row
 */
record Table(List<String> header, List<String[]> rows) {

    static Table read(Path file, Charset charset, char delimiter, boolean hasHeader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setTrim(true).get();
        List<String> header = null;
        List<String[]> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, charset); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                String[] values = record.values();
                if (header == null && hasHeader) {
                    header = List.of(values);
                    continue;
                }
                if (header == null) {
                    header = numbered(values.length);
                }
                if (values.length != header.size()) {
                    throw new IOException(file + " line " + parser.getCurrentLineNumber() + ": " + values.length
                            + " fields, the header has " + header.size());
                }
                rows.add(values);
            }
        }
        if (header == null) {
            throw new IOException(file + " is empty");
        }
        return new Table(header, rows);
    }

    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return index;
    }

    private static List<String> numbered(int columns) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            names.add("c" + i);
        }
        return List.copyOf(names);
    }
}
