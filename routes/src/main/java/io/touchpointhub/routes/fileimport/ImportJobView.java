package io.touchpointhub.routes.fileimport;

import io.touchpointhub.identity.store.ImportJob;
import java.time.Instant;
import java.util.List;

/**
 * An import job as the API shows it.
 *
 * @param errors a page of the job's kept row errors, by row number; {@code null} in job lists
 */
record ImportJobView(
        long id,
        String mapping,
        String source,
        String fileName,
        String format,
        String encoding,
        String origin,
        String status,
        long rowsRead,
        long rowsImported,
        long rowsRejected,
        int errorsKept,
        String failure,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Instant updatedAt,
        List<ImportJob.RowError> errors) {

    static ImportJobView of(ImportJob job, List<ImportJob.RowError> errors) {
        return new ImportJobView(job.id(), job.mapping(), job.source(), job.fileName(), job.format(), job.encoding(),
                job.origin(), job.status().wireName(), job.rowsRead(), job.rowsImported(), job.rowsRejected(),
                job.errorsKept(), job.failure(), job.createdAt(), job.startedAt(), job.finishedAt(), job.updatedAt(),
                errors);
    }
}
