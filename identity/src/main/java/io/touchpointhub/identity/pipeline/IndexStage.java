package io.touchpointhub.identity.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.IdentityException;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.identity.survivorship.Survivorship;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ResolvedTouchpoint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index stage: claims queued read-model work, loads what it describes and hands it to a
 * {@link ReadModelWriter} in one transaction, deleting the work only when the write returned. A crash
 * in between rolls the claim back and the same documents are written again (writes are idempotent).
 * Any number of instances may run against one database; they never claim the same work.
 */
public final class IndexStage {

    private static final Logger LOG = LoggerFactory.getLogger(IndexStage.class);

    /* Two-int advisory keys live in their own key space, apart from identity's bigint keys. */
    private static final int LOCK_SPACE = 0x54504855;
    private static final int REINDEX_LOCK = 1;
    /*
     * One index writer at a time, across threads and instances. Two writers could otherwise claim two
     * rows of one profile (queued by two identity batches) and the one that read the older state could
     * write it last, leaving a stale document until the profile changes again. Elasticsearch is the
     * bottleneck of this stage anyway; versioned writes (a profile revision as external version) would
     * allow parallel writers and are the next step if one writer is ever too slow.
     */
    private static final int WRITER_LOCK = 2;

    /*
     * The oldest due rows, up to ? items: a row of kind 'touchpoints' holds many, and the claim stops
     * at the row that reaches the limit (taking it whole).
     */
    private static final String CLAIM = """
            select id, kind, touchpoint_id, profile_id, attempts, touchpoint_ids from index_task
            where id = any(array(
                select id from (
                    select id, sum(coalesce(cardinality(touchpoint_ids), 1)) over (order by id)
                               - coalesce(cardinality(touchpoint_ids), 1) as before
                    from (select id, touchpoint_ids from index_task where not_before <= now() order by id limit ?) due
                ) d where before < ?))
            order by id
            for update skip locked
            """;
    /*
     * Later rows for the same items, due now and not claimed elsewhere: written once, deleted together.
     * Only rows after the claim's last id: the claim took the due rows before it (one writer at a time),
     * and a row committed meanwhile with a lower id is simply written by the next batch. Excluding the
     * claimed ids with "not (id = any(claimed))" compared each candidate row with the whole claim (~2,000
     * ids): 55 ms per batch, the index stage's costliest statement (bench/ingest.sh, pg_stat_statements).
     */
    private static final String SIBLINGS = """
            select id, kind, touchpoint_id, profile_id, attempts, touchpoint_ids from index_task
            where (touchpoint_id = any(?::bigint[]) or profile_id = any(?::uuid[]))
              and id > ? and not_before <= now()
            for update skip locked
            """;

    private final Db db;
    private final ReadModelReader reader;
    private final IndexFailures failures;

    public IndexStage(DataSource dataSource) {
        this(dataSource, Json.defaultMapper(), RetryPolicy.defaults());
    }

    public IndexStage(DataSource dataSource, ObjectMapper objectMapper, RetryPolicy policy) {
        this(dataSource, objectMapper, policy, Survivorship.defaults());
    }

    /** @param survivorship chooses the golden record of the profiles written */
    public IndexStage(DataSource dataSource, ObjectMapper objectMapper, RetryPolicy policy, Survivorship survivorship) {
        this.db = new Db(dataSource);
        this.reader = new ReadModelReader(db.jdbc(), Json.configure(objectMapper), survivorship);
        this.failures = new IndexFailures(db.jdbc(), policy);
    }

    /**
     * Writes up to {@code max} queued items (touchpoints, profiles, removals) through the writer.
     *
     * @return how many items were handled, written or failed; 0 when idle, paused for a reindex, or
     *         while another index stage (thread or instance) is writing
     * @throws ReadModelUnavailableException from the writer: nothing was changed, retry later
     * @throws io.touchpointhub.identity.TransientIdentityException when the database is unreachable
     */
    public int runOnce(int max, ReadModelWriter writer) {
        try {
            return db.inTransaction(() -> run(max, writer));
        } catch (ReadModelUnavailableException e) {
            LOG.debug("Read store unavailable; index batch rolled back for a later retry");
            throw e;
        } catch (RuntimeException e) {
            throw Db.wrap("Indexing", e);
        }
    }

    private int run(int max, ReadModelWriter writer) {
        Boolean free = db.jdbc().queryForObject("select pg_try_advisory_xact_lock_shared(?, ?)", Boolean.class,
                LOCK_SPACE, REINDEX_LOCK);
        if (!Boolean.TRUE.equals(free)) {
            return 0;
        }
        Boolean soleWriter = db.jdbc().queryForObject("select pg_try_advisory_xact_lock(?, ?)", Boolean.class,
                LOCK_SPACE, WRITER_LOCK);
        if (!Boolean.TRUE.equals(soleWriter)) {
            return 0;
        }
        IndexClaim claim = claim(max);
        if (claim.isEmpty()) {
            return 0;
        }
        Map<Long, String> failedTouchpoints = new HashMap<>();
        ReadModelBatch batch = load(claim, failedTouchpoints);
        Map<ProfileId, String> failedProfiles = new HashMap<>();
        new BatchWrite(writer).write(batch, failedTouchpoints, failedProfiles);
        failures.complete(claim, failedTouchpoints, failedProfiles);
        LOG.debug("Indexed {} items ({} failed)", claim.size(), failedTouchpoints.size() + failedProfiles.size());
        return claim.size();
    }

    private IndexClaim claim(int max) {
        IndexClaim claim = new IndexClaim();
        db.jdbc().query(CLAIM, rs -> {
            claim.add(task(rs));
        }, max, max);
        if (claim.isEmpty()) {
            return claim;
        }
        db.jdbc().query(SIBLINGS, rs -> {
            claim.add(task(rs));
        }, claim.touchpoints.keySet().toArray(Long[]::new), claim.profiles.keySet().toArray(UUID[]::new),
                claim.lastTaskId());
        return claim;
    }

    private static IndexClaim.Task task(java.sql.ResultSet rs) throws SQLException {
        Array ids = rs.getArray(6);
        return new IndexClaim.Task(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
                rs.getObject(4, UUID.class), rs.getInt(5), ids == null ? null : List.of((Long[]) ids.getArray()));
    }

    /** Loads the claimed items; a touchpoint whose stored payload cannot be read fails on its own. */
    private ReadModelBatch load(IndexClaim claim, Map<Long, String> failedTouchpoints) {
        Map<Long, ReadModelReader.Row> rows = reader.touchpointRows(claim.touchpoints.keySet());
        List<ResolvedTouchpoint> touchpoints = new ArrayList<>(rows.size());
        for (ReadModelReader.Row row : rows.values()) {
            try {
                touchpoints.add(reader.resolved(row));
            } catch (IdentityException e) {
                failedTouchpoints.put(row.id(), Db.reason(e));
            }
        }
        List<ProfileId> ids = claim.profiles.keySet().stream().map(ProfileId::new).toList();
        Map<ProfileId, CustomerProfile> live = reader.liveProfiles(ids);
        List<ProfileId> removed = ids.stream().filter(id -> !live.containsKey(id)).toList();
        return new ReadModelBatch(touchpoints, List.copyOf(live.values()), removed);
    }

    /**
     * Runs the rebuild while no index stage of any hub instance writes: it waits for running batches to
     * commit, and batches started meanwhile return 0 at once. Queued work stays queued and is written
     * after the rebuild (idempotently), so nothing that changed during the rebuild is missed.
     */
    public void pausedWhile(Runnable rebuild) {
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(true);
            advisory(connection, "select pg_advisory_lock(" + LOCK_SPACE + ", " + REINDEX_LOCK + ")");
            try {
                rebuild.run();
            } finally {
                unlock(connection);
            }
        } catch (SQLException e) {
            throw Db.wrap("Pausing the index stage for a rebuild", e);
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try {
            advisory(connection, "select pg_advisory_unlock(" + LOCK_SPACE + ", " + REINDEX_LOCK + ")");
        } catch (SQLException e) {
            // a pooled connection must never go back to the pool still holding the pause
            connection.abort(Runnable::run);
            throw e;
        }
    }

    private static void advisory(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Every live profile, in pages of {@code batchSize}, for a full rebuild of the profile read model. */
    public void forEachProfile(int batchSize, Consumer<List<CustomerProfile>> consumer) {
        reader.forEachProfile(batchSize, consumer);
    }

    /** Every resolved touchpoint, in id order and pages of {@code batchSize}, for a full rebuild. */
    public void forEachResolvedTouchpoint(int batchSize, Consumer<List<ResolvedTouchpoint>> consumer) {
        reader.forEachResolvedTouchpoint(batchSize, consumer);
    }
}
