package io.touchpointhub.identity.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.support.PostgresIT;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportJobsIT extends PostgresIT {

    private final ImportJobs jobs = new ImportJobs(dataSource());

    @BeforeEach
    void emptyImportTables() {
        jdbc.execute("truncate import_job, import_row_error restart identity cascade");
    }

    @Test
    void addsUpChunkProgressAndKeepsErrorsInRowOrder() {
        long id = jobs.create(spec("a.csv"));
        jobs.started(id);

        jobs.progress(id, 500, 498, 2, List.of(new ImportJob.RowError(77, "Email", "must be an e-mail address"),
                new ImportJob.RowError(12, "row", "must have 3 fields like the header, not 2")));
        jobs.progress(id, 120, 120, 0, List.of());

        ImportJob job = jobs.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportJob.Status.RUNNING);
        assertThat(job.rowsRead()).isEqualTo(620);
        assertThat(job.rowsImported()).isEqualTo(618);
        assertThat(job.rowsRejected()).isEqualTo(2);
        assertThat(job.errorsKept()).isEqualTo(2);
        assertThat(job.startedAt()).isNotNull();
        assertThat(jobs.errors(id, 0, 10)).extracting(ImportJob.RowError::row).containsExactly(12L, 77L);
        assertThat(jobs.errors(id, 1, 10)).hasSize(1);
    }

    @Test
    void finishesAsCompletedOrAsFailedWithTheRowItStoppedAt() {
        long done = jobs.create(spec("done.csv"));
        long broken = jobs.create(spec("broken.csv"));

        jobs.completed(done);
        jobs.failed(broken, "row 9: row: must be well-formed CSV", new ImportJob.RowError(9, "row", "must be well-formed CSV"));

        assertThat(jobs.find(done).orElseThrow().status()).isEqualTo(ImportJob.Status.COMPLETED);
        ImportJob failed = jobs.find(broken).orElseThrow();
        assertThat(failed.status()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(failed.failure()).contains("well-formed");
        assertThat(failed.finishedAt()).isNotNull();
        assertThat(jobs.errors(broken, 0, 10)).containsExactly(new ImportJob.RowError(9, "row", "must be well-formed CSV"));
        assertThat(jobs.recent(10)).extracting(ImportJob::id).containsExactly(broken, done);
    }

    @Test
    void listsAnInstancesUnfinishedJobsAndRequeuesOneFromScratch() {
        long running = jobs.create(spec("running.csv"));
        jobs.started(running);
        jobs.progress(running, 10, 9, 1, List.of(new ImportJob.RowError(3, "Email", "must be an e-mail address")));
        long done = jobs.create(spec("done.csv"));
        jobs.completed(done);
        long elsewhere = jobs.create(new ImportJob.Spec("crm", "crm", "x.csv", "csv", "UTF-8", "upload", "other-host"));

        assertThat(jobs.unfinished("host-a")).extracting(ImportJob::id).containsExactly(running);
        jobs.requeue(running);

        ImportJob requeued = jobs.find(running).orElseThrow();
        assertThat(requeued.status()).isEqualTo(ImportJob.Status.QUEUED);
        assertThat(requeued.rowsRead()).isZero();
        assertThat(requeued.errorsKept()).isZero();
        assertThat(jobs.errors(running, 0, 10)).isEmpty();
        assertThat(jobs.unfinished("other-host")).extracting(ImportJob::id).containsExactly(elsewhere);
    }

    @Test
    void failsAJobLeftUnfinishedButNeverOneThatCompletedMeanwhile() {
        long interrupted = jobs.create(spec("interrupted.csv"));
        jobs.started(interrupted);
        long finishedMeanwhile = jobs.create(spec("finished.csv"));
        jobs.started(finishedMeanwhile);
        List<ImportJob> snapshot = jobs.unfinished("host-a");
        jobs.completed(finishedMeanwhile);

        List<Long> failed = snapshot.stream().map(ImportJob::id)
                .filter(id -> jobs.failIfUnfinished(id, "interrupted by a restart")).toList();

        assertThat(failed).containsExactly(interrupted);
        assertThat(jobs.find(finishedMeanwhile).orElseThrow().status()).isEqualTo(ImportJob.Status.COMPLETED);
        assertThat(jobs.find(interrupted).orElseThrow().failure()).isEqualTo("interrupted by a restart");
    }

    private static ImportJob.Spec spec(String fileName) {
        return new ImportJob.Spec("legacy-crm", "legacy-crm", fileName, "csv", "UTF-8", "upload", "host-a");
    }
}
