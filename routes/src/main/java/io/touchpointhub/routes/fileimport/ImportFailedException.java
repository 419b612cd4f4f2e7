package io.touchpointhub.routes.fileimport;

/**
 * A dropped file's import job ended as failed: thrown so that the file route moves the file to
 * {@code .failed} instead of {@code .done}. The job record holds the reason.
 */
class ImportFailedException extends RuntimeException {

    ImportFailedException(long jobId) {
        super("Import job " + jobId + " failed; see GET /api/import/" + jobId);
    }
}
