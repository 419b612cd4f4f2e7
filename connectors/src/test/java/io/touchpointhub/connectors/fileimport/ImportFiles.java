package io.touchpointhub.connectors.fileimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test files and readers over them. */
final class ImportFiles {

    private ImportFiles() {
    }

    static InputStream resource(String name) {
        InputStream in = ImportFiles.class.getResourceAsStream("/fileimport/" + name);
        if (in == null) {
            throw new IllegalArgumentException("No test file " + name);
        }
        return in;
    }

    static RowReader csv(String text) {
        return csv(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    static RowReader csv(byte[] bytes, Charset encoding) {
        return new CsvRowReader(new ByteArrayInputStream(bytes), ReadOptions.defaults().withEncoding(encoding));
    }

    static RowReader jsonLines(String text) {
        return new JsonLinesRowReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ReadOptions.defaults());
    }

    /** Every row to the end, with bad rows as errors (the way RowImport reads). */
    static List<Object> readAll(RowReader reader) {
        List<Object> rows = new ArrayList<>();
        try (reader) {
            while (true) {
                try {
                    ImportRow row = reader.next();
                    if (row == null) {
                        return rows;
                    }
                    rows.add(row);
                } catch (InvalidRowException e) {
                    rows.add(new RowError(e.row(), e.field(), e.rule()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
