package io.touchpointhub.identity.pipeline;

import io.touchpointhub.identity.support.Db;
import io.touchpointhub.model.ProfileId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The durable store of work that kept failing, for operators: list it, and replay it into its stage
 * once the cause is fixed. Nothing leaves the pipeline without a row here.
 */
public final class DeadLetters {

    private static final String LIST = """
            select id, stage, kind, touchpoint_id, profile_id, reason, attempts, failed_at, replayed_at,
                   channel, source, format
            from dead_letter order by id desc limit ?
            """;
    private static final String BURY = """
            insert into dead_letter (stage, kind, touchpoint_id, profile_id, reason, attempts)
            values (?, ?, ?, ?, ?, ?)
            """;
    private static final String BURY_PAYLOAD = """
            insert into dead_letter (stage, kind, channel, source, format, payload, reason, attempts)
            values ('intake', 'payload', ?, ?, ?, ?, ?, 1)
            """;
    /* Marks and re-enqueues in one statement, so a replay is never half done. Payloads are replayed by
       their channel's mapper instead (see pendingPayloads). */
    private static final String REPLAY = """
            with replayed as (
                update dead_letter set replayed_at = now()
                where replayed_at is null and stage <> 'intake' and (?::bigint is null or id = ?::bigint)
                returning stage, kind, touchpoint_id, profile_id
            ), identify as (
                insert into identify_task (touchpoint_id)
                select distinct touchpoint_id from replayed where stage = 'identify'
                on conflict (touchpoint_id) do nothing
            ), index as (
                insert into index_task (kind, touchpoint_id, profile_id)
                select kind, touchpoint_id, profile_id from replayed where stage = 'index'
            ), reanalyse as (
                insert into analyse_task (touchpoint_id)
                select distinct touchpoint_id from replayed where stage = 'analyse'
                on conflict (touchpoint_id) do nothing
            )
            select count(*) from replayed
            """;

    private final Db db;

    public DeadLetters(DataSource dataSource) {
        this.db = new Db(dataSource);
    }

    /** The newest dead letters first, replayed ones included. */
    public List<DeadLetter> list(int limit) {
        return db.jdbc().query(LIST, (rs, n) -> new DeadLetter(rs.getLong(1), rs.getString(2), rs.getString(3),
                (Long) rs.getObject(4), profileId(rs.getObject(5, UUID.class)), rs.getString(6), rs.getInt(7),
                Db.instant(rs.getTimestamp(8)), Db.instant(rs.getTimestamp(9)), rs.getString(10), rs.getString(11),
                rs.getString(12)), limit);
    }

    /** Re-enqueues one dead letter for its stage; false when it is unknown or was already replayed. */
    public boolean replay(long id) {
        return replayWhere(id) > 0;
    }

    /** Re-enqueues every dead letter not yet replayed; returns how many. */
    public int replayAll() {
        return replayWhere(null);
    }

    /** Dead letters waiting for an operator. */
    public long pendingCount() {
        Long count = db.jdbc().queryForObject("select count(*) from dead_letter where replayed_at is null",
                Long.class);
        return count == null ? 0 : count;
    }

    private int replayWhere(Long id) {
        Long count = db.inTransaction(() -> db.jdbc().queryForObject(REPLAY, Long.class, id, id));
        return count == null ? 0 : count.intValue();
    }

    /**
     * Keeps a channel payload that could not become touchpoints, verbatim, with the reason (which must
     * not quote the payload) and the format of the mapper that rejected it.
     *
     * @return the dead letter's id
     */
    public long buryPayload(String channel, String source, String format, String payload, String reason) {
        Long id = db.jdbc().queryForObject(BURY_PAYLOAD + " returning id", Long.class,
                channel, source, format, payload, reason);
        return id == null ? 0 : id;
    }

    /** Payload dead letters waiting for replay (one when {@code id} is given, else all), oldest first. */
    public List<PayloadLetter> pendingPayloads(Long id) {
        return db.jdbc().query("""
                select id, channel, source, format, payload from dead_letter
                where stage = 'intake' and replayed_at is null and (?::bigint is null or id = ?::bigint)
                order by id""", (rs, n) -> new PayloadLetter(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5)), id, id);
    }

    /** A payload went through its mapper and into the log: the dead letter is done. */
    public void payloadReplayed(long id) {
        db.jdbc().update("update dead_letter set replayed_at = now() where id = ?", id);
    }

    /** A payload failed its replay too: it keeps waiting, with the new reason counted as an attempt. */
    public void payloadFailedAgain(long id, String reason) {
        db.jdbc().update("update dead_letter set reason = ?, attempts = attempts + 1, failed_at = now() where id = ?",
                reason, id);
    }

    /** A payload dead letter as read back for replay. */
    public record PayloadLetter(long id, String channel, String source, String format, String payload) {
        /** Never the payload: it is personal data. */
        @Override
        public String toString() {
            return "PayloadLetter[" + id + ", " + channel + "/" + source + ", " + format + "]";
        }
    }

    /** Records a dead letter in the caller's transaction (the caller removes the task in the same one). */
    public static void bury(JdbcTemplate jdbc, String stage, String kind, Long touchpointId, UUID profileId,
                            String reason, int attempts) {
        jdbc.update(BURY, stage, kind, touchpointId, profileId, reason, attempts);
    }

    private static ProfileId profileId(UUID id) {
        return id == null ? null : new ProfileId(id);
    }
}
