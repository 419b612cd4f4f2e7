package io.touchpointhub.identity.store;

import io.touchpointhub.identity.support.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The records of file imports: created when a file is accepted, advanced after every chunk (so that
 * progress is visible while a file runs), finished as completed or failed. Bad rows are kept up to a cap
 * per job; the counters count them all.
 */
public final class ImportJobs {

    private static final String COLUMNS = """
            id, mapping, source, file_name, format, encoding, origin, status, rows_read, rows_imported, rows_rejected,
            errors_kept, failure, created_at, started_at, finished_at, updated_at""";
    private static final String UNFINISHED = "status in ('queued', 'running')";

    private final Db db;

    public ImportJobs(DataSource dataSource) {
        this.db = new Db(dataSource);
    }

    /** Records a job waiting to run; returns its id. */
    public long create(ImportJob.Spec spec) {
        Long id = db.jdbc().queryForObject("""
                insert into import_job (mapping, source, file_name, format, encoding, origin, instance, status)
                values (?, ?, ?, ?, ?, ?, ?, 'queued') returning id""", Long.class, spec.mapping(), spec.source(),
                spec.fileName(), spec.format(), spec.encoding(), spec.origin(), spec.instance());
        return id == null ? 0 : id;
    }

    public void started(long id) {
        db.jdbc().update("update import_job set status = 'running', started_at = now(), updated_at = now() where id = ?", id);
    }

    /**
     * Adds one chunk's counts and keeps its errors, in one transaction.
     *
     * @param errors the errors to keep (the caller applies the cap)
     */
    public void progress(long id, long rowsRead, long imported, long rejected, List<ImportJob.RowError> errors) {
        db.inTransaction(() -> {
            db.jdbc().update("""
                    update import_job set rows_read = rows_read + ?, rows_imported = rows_imported + ?,
                           rows_rejected = rows_rejected + ?, updated_at = now() where id = ?""",
                    rowsRead, imported, rejected, id);
            keep(id, errors);
            return null;
        });
    }

    public void completed(long id) {
        finish(id, "completed", null);
    }

    /** The job stopped; {@code error} (may be {@code null}) is the row it stopped at, kept beyond the cap. */
    public void failed(long id, String reason, ImportJob.RowError error) {
        db.inTransaction(() -> {
            if (error != null) {
                keep(id, List.of(error));
            }
            finish(id, "failed", reason);
            return null;
        });
    }

    /**
     * Marks a job failed unless it finished meanwhile: a job found unfinished a moment ago may have
     * completed since, and must keep its result.
     *
     * @return true when the job was still unfinished and is now failed
     */
    public boolean failIfUnfinished(long id, String reason) {
        return db.jdbc().update("""
                update import_job set status = 'failed', failure = ?, finished_at = now(), updated_at = now()
                where id = ?""" + " and " + UNFINISHED, reason, id) == 1;
    }

    public Optional<ImportJob> find(long id) {
        return db.jdbc().query("select " + COLUMNS + " from import_job where id = ?", ImportJobs::job, id)
                .stream().findFirst();
    }

    /** The newest jobs first. */
    public List<ImportJob> recent(int limit) {
        return db.jdbc().query("select " + COLUMNS + " from import_job order by id desc limit ?", ImportJobs::job, limit);
    }

    /** A page of a job's kept errors, by row number. */
    public List<ImportJob.RowError> errors(long id, int offset, int limit) {
        return db.jdbc().query("""
                select row_number, field, reason from import_row_error where job_id = ?
                order by row_number offset ? limit ?""",
                (rs, n) -> new ImportJob.RowError(rs.getLong(1), rs.getString(2), rs.getString(3)), id, offset, limit);
    }

    /** Jobs of {@code instance} still queued or running, oldest first: after a restart, none of them is running. */
    public List<ImportJob> unfinished(String instance) {
        return db.jdbc().query("select " + COLUMNS + " from import_job where instance = ? and " + UNFINISHED
                + " order by id", ImportJobs::job, instance);
    }

    /** Puts a job back to the queue with its counts and errors cleared, to be run again from its first row. */
    public void requeue(long id) {
        db.inTransaction(() -> {
            db.jdbc().update("delete from import_row_error where job_id = ?", id);
            db.jdbc().update("""
                    update import_job set status = 'queued', rows_read = 0, rows_imported = 0, rows_rejected = 0,
                           errors_kept = 0, failure = null, started_at = null, updated_at = now() where id = ?""", id);
            return null;
        });
    }

    private void keep(long id, List<ImportJob.RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        int[][] kept = db.jdbc().batchUpdate("""
                insert into import_row_error (job_id, row_number, field, reason) values (?, ?, ?, ?)
                on conflict do nothing""", errors, 500, (ps, error) -> {
            ps.setLong(1, id);
            ps.setLong(2, error.row());
            ps.setString(3, error.field());
            ps.setString(4, error.reason());
        });
        int count = 0;
        for (int[] batch : kept) {
            for (int rows : batch) {
                count += Math.max(rows, 0);
            }
        }
        db.jdbc().update("update import_job set errors_kept = errors_kept + ? where id = ?", count, id);
    }

    private void finish(long id, String status, String failure) {
        db.jdbc().update("""
                update import_job set status = ?, failure = ?, finished_at = now(), updated_at = now()
                where id = ?""", status, failure, id);
    }

    private static ImportJob job(ResultSet rs, int rowNum) throws SQLException {
        return new ImportJob(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), ImportJob.Status.fromWireName(rs.getString(8)), rs.getLong(9),
                rs.getLong(10), rs.getLong(11), rs.getInt(12), rs.getString(13), Db.instant(rs.getTimestamp(14)),
                Db.instant(rs.getTimestamp(15)), Db.instant(rs.getTimestamp(16)), Db.instant(rs.getTimestamp(17)));
    }
}
