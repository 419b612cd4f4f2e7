package io.touchpointhub.identity.store;

import java.time.Instant;
import java.util.Locale;

/**
 * One file import as recorded in {@link ImportJobs}: where it came from, how far it got, how it ended.
 *
 * @param origin     {@code upload} (the import API) or {@code directory} (the watched inbox)
 * @param errorsKept row errors stored for this job (at most the configured cap; {@code rowsRejected}
 *                   counts them all)
 * @param failure    why a failed job stopped, or {@code null}
 */
public record ImportJob(
        long id,
        String mapping,
        String source,
        String fileName,
        String format,
        String encoding,
        String origin,
        Status status,
        long rowsRead,
        long rowsImported,
        long rowsRejected,
        int errorsKept,
        String failure,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Instant updatedAt) {

    /** Where a job is in its life. */
    public enum Status {
        QUEUED, RUNNING, COMPLETED, FAILED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status fromWireName(String wireName) {
            return valueOf(wireName.toUpperCase(Locale.ROOT));
        }
    }

    /** What a new job is: the mapping it reads with, the file, where the file came from. */
    public record Spec(String mapping, String source, String fileName, String format, String encoding, String origin,
                       String instance) {
    }

    /**
     * Why one row was not imported.
     *
     * @param row    the row number in the file
     * @param field  the column (or {@code row}, {@code header}, {@code file})
     * @param reason the rule it broke; never the value
     */
    public record RowError(long row, String field, String reason) {
    }
}
