package io.touchpointhub.connectors.fileimport;

import io.touchpointhub.model.Touchpoint;
import java.time.Instant;
import java.util.List;

/**
 * Turns one row of an import file into a touchpoint. Pure and thread-safe.
 */
public interface RowMapper {

    /**
     * @param receivedAt when the import started: every row of one import is received at the same instant
     * @throws io.touchpointhub.connectors.InvalidTouchpointException naming the column and the rule,
     *         never the value
     */
    Touchpoint map(ImportRow row, Instant receivedAt);

    /**
     * Checks a file's declared columns before its first row, so that a mapping naming a column the
     * file lacks fails once instead of rejecting every row.
     *
     * @param columns the file's header; empty when the format has none (JSON lines), which passes
     * @throws MalformedFileException naming the first missing column
     */
    default void checkColumns(List<String> columns) {
    }
}
