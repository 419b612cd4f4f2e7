package io.touchpointhub.routes.fileimport;

import io.touchpointhub.connectors.fileimport.ImportChunk;
import io.touchpointhub.connectors.fileimport.ImportFormat;
import io.touchpointhub.connectors.fileimport.ImportTotals;
import io.touchpointhub.connectors.fileimport.MalformedFileException;
import io.touchpointhub.connectors.fileimport.RowError;
import io.touchpointhub.connectors.fileimport.RowImport;
import io.touchpointhub.connectors.fileimport.RowReader;
import io.touchpointhub.identity.store.ImportJob;
import io.touchpointhub.identity.store.ImportJobs;
import io.touchpointhub.routes.intake.TouchpointIntake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one import job: streams the file through its mapping, stores each chunk's touchpoints through
 * intake (committed, idempotent on their keys) and then records the chunk's progress, so the job's
 * counts never run ahead of what is stored. A file that cannot be read on ends the job as failed with
 * the row it stopped at; rows before it stay imported.
 */
@Component
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final TouchpointIntake intake;
    private final ImportProperties properties;
    private final ImportInstance instance;
    private final Clock clock = Clock.systemUTC();
    private final Set<Long> active = ConcurrentHashMap.newKeySet();

    ImportRunner(ImportJobs jobs, TouchpointIntake intake, ImportProperties properties, ImportInstance instance) {
        this.jobs = jobs;
        this.intake = intake;
        this.properties = properties;
        this.instance = instance;
    }

    /** Records a new job of this instance, queued until {@link #run} or {@link #refuse} ends it. */
    long create(String mapping, String source, String fileName, ImportFormat format, Charset encoding, String origin) {
        long id = jobs.create(new ImportJob.Spec(mapping, source, fileName, format == null ? "unknown" : format.wireName(),
                encoding.name(), origin, instance.name()));
        active.add(id);
        return id;
    }

    /** Whether this process created or resumed the job and has not ended it: it is not an orphan of a restart. */
    boolean isActive(long jobId) {
        return active.contains(jobId);
    }

    /** Takes over a job of an earlier run of this instance, to run it again from its first row. */
    void resume(long jobId) {
        jobs.requeue(jobId);
        active.add(jobId);
    }

    /**
     * Runs the job to its end; {@code in} is closed.
     *
     * @return the finished job
     * @throws RuntimeException when storage failed (the job is marked failed if storage lets it)
     */
    ImportJob run(long jobId, ImportMapping mapping, ImportFormat format, Charset encoding, InputStream in) {
        try {
            return runToEnd(jobId, mapping, format, encoding, in);
        } finally {
            active.remove(jobId);
        }
    }

    private ImportJob runToEnd(long jobId, ImportMapping mapping, ImportFormat format, Charset encoding, InputStream in) {
        jobs.started(jobId);
        int[] errorsLeft = {properties.maxErrorsPerJob()};
        try (RowReader reader = RowReader.open(format, in, mapping.readOptions().withEncoding(encoding))) {
            ImportTotals totals = new RowImport(mapping.rowMapper(), properties.chunkSize())
                    .run(reader, clock.instant(), chunk -> store(jobId, chunk, errorsLeft));
            jobs.completed(jobId);
            LOG.info("Import job {} completed: {} rows read, {} imported, {} rejected", jobId, totals.rowsRead(),
                    totals.imported(), totals.rejected());
        } catch (MalformedFileException e) {
            jobs.failed(jobId, e.getMessage(), new ImportJob.RowError(e.row(), e.field(), e.rule()));
            LOG.warn("Import job {} stopped at row {}: the {} cannot be read on", jobId, e.row(), e.field());
        } catch (IOException | RuntimeException e) {
            failQuietly(jobId, e);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return jobs.find(jobId).orElseThrow();
    }

    /** Marks a job failed without a file to read (an unknown mapping, a file that could not be opened). */
    ImportJob refuse(long jobId, String reason) {
        active.remove(jobId);
        jobs.failed(jobId, reason, null);
        LOG.warn("Import job {} refused: {}", jobId, reason);
        return jobs.find(jobId).orElseThrow();
    }

    private void store(long jobId, ImportChunk chunk, int[] errorsLeft) {
        intake.accept(chunk.touchpoints());
        List<RowError> kept = chunk.errors().subList(0, Math.min(errorsLeft[0], chunk.errors().size()));
        errorsLeft[0] -= kept.size();
        jobs.progress(jobId, chunk.rowsRead(), chunk.touchpoints().size(), chunk.errors().size(),
                kept.stream().map(e -> new ImportJob.RowError(e.row(), e.field(), e.rule())).toList());
    }

    /* Exception messages may quote data (a database error naming a value): the record gets the class only. */
    private void failQuietly(long jobId, Exception e) {
        String reason = "stopped by " + e.getClass().getSimpleName()
                + "; the rows before were imported, import the file again to finish (rows are not stored twice)";
        try {
            jobs.failed(jobId, reason, null);
        } catch (RuntimeException storageDown) {
            e.addSuppressed(storageDown);
        }
        LOG.warn("Import job {} {}", jobId, reason);
    }
}
