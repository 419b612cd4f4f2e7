package io.touchpointhub.connectors.fileimport;

import io.touchpointhub.connectors.ConnectorException;

/**
 * The file cannot be read on from {@link #row()}: broken CSV quoting, bytes that are not in the declared
 * encoding, a header that is missing a mapped column. Rows before it were read and stay imported; the
 * message names the rule, never the file's content.
 */
public class MalformedFileException extends ConnectorException {

    private final long row;
    private final String field;
    private final String rule;

    public MalformedFileException(long row, String field, String rule) {
        this(row, field, rule, null);
    }

    public MalformedFileException(long row, String field, String rule, Throwable cause) {
        super("row " + row + ": " + field + ": " + rule, cause);
        this.row = row;
        this.field = field;
        this.rule = rule;
    }

    public long row() {
        return row;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
