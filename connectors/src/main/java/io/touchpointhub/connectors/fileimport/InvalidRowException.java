package io.touchpointhub.connectors.fileimport;

import io.touchpointhub.connectors.InvalidTouchpointException;

/**
 * A record that cannot be read as a row (a malformed JSON line, a CSV record with the wrong number of
 * fields, a line over the size limit), while the records after it can: the import reports it and goes on.
 */
public class InvalidRowException extends InvalidTouchpointException {

    private final long row;

    public InvalidRowException(long row, String field, String rule) {
        super(field, rule);
        this.row = row;
    }

    public long row() {
        return row;
    }
}
