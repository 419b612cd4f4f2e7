package io.touchpointhub.connectors.fileimport;

import java.util.Map;

/**
 * One record of an import file as text, by column (CSV header name, or JSON key with nested objects
 * flattened to {@code parent.child}).
 *
 * @param number the record's number in the file: for CSV the header is row 1 (as a spreadsheet counts
 *               when no field holds a line break), for JSON lines the line number
 * @param values the record's values by column, in file order
 */
public record ImportRow(long number, Map<String, String> values) {

    /** The trimmed value of a column, or {@code null} when the column is absent or blank. */
    public String value(String column) {
        if (column == null) {
            return null;
        }
        String value = values.get(column);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The row number and column names only: values are personal data. */
    @Override
    public String toString() {
        return "ImportRow[" + number + ", " + values.keySet() + "]";
    }
}
