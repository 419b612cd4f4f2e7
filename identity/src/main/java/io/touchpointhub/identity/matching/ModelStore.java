package io.touchpointhub.identity.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.support.Db;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The estimates of the live matcher in {@code match_model}: the latest one, each new one (the newest
 * {@link #KEEP} are kept), and the lock that lets one instance at a time estimate.
 */
final class ModelStore {

    private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);
    /** A few past estimates, to compare after a surprising change (each up to about a MB of term frequencies). */
    static final int KEEP = 3;
    /* Two-int advisory keys: a class of its own ("modl"), apart from the block keys' and the index's. */
    private static final int LOCK_CLASS = 0x6d6f646c;
    private static final String LATEST = """
            select id, trained_at, sample_size, profiles, weights::text,
                   extract(epoch from (now() - trained_at)) as age
            from match_model order by id desc limit 1
            """;
    private static final String INSERT = """
            insert into match_model (trained_at, sample_size, profiles, weights)
            values (clock_timestamp(), ?, ?, ?::json)
            """;
    private static final String PRUNE = """
            delete from match_model where id not in (select id from match_model order by id desc limit ?)
            """;
    /* The population the training samples from (see ModelTraining's sample). */
    private static final String POPULATION = """
            select count(*) from profile p
            where p.merged_into is null and exists (select 1 from match_block_key k where k.profile_id = p.id)
            """;

    /**
     * A stored estimate.
     *
     * @param weights  the weights, or null when they do not fit the current fields and levels
     * @param profiles live profiles with matching attributes when it was trained
     * @param age      how long ago it was trained (by the database's clock)
     */
    record Stored(long id, Instant trainedAt, int sampleSize, long profiles, Duration age, MatchWeights weights) {
    }

    private final Db db;
    private final ObjectMapper json;

    ModelStore(Db db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The latest estimate; its weights are null (with a warning) when they cannot be used. */
    Optional<Stored> latest() {
        List<Stored> rows = db.jdbc().query(LATEST, (rs, n) -> new Stored(rs.getLong(1),
                rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getLong(4),
                Duration.ofMillis(Math.round(rs.getDouble(6) * 1000)), readable(rs.getLong(1), rs.getString(5))));
        return rows.stream().findFirst();
    }

    /** The id of the latest estimate, 0 for none. */
    long latestId() {
        Long id = db.jdbc().queryForObject("select coalesce(max(id), 0) from match_model", Long.class);
        return id == null ? 0 : id;
    }

    /** Live profiles with matching attributes: what a training samples from. */
    long population() {
        Long count = db.jdbc().queryForObject(POPULATION, Long.class);
        return count == null ? 0 : count;
    }

    /** Waits until no other instance estimates; held until the caller's transaction ends. */
    void lockForTraining() {
        db.jdbc().queryForObject("select count(pg_advisory_xact_lock(?, 0))", Long.class, LOCK_CLASS);
    }

    /** Adds an estimate and deletes all but the newest {@link #KEEP} (in the caller's transaction). */
    void save(MatchWeights weights, int sampleSize, long profiles) {
        db.jdbc().update(INSERT, sampleSize, profiles, StoredWeights.write(json, weights));
        db.jdbc().update(PRUNE, KEEP);
    }

    private MatchWeights readable(long id, String stored) {
        try {
            return StoredWeights.read(json, stored);
        } catch (StoredWeights.Incompatible e) {
            LOG.warn("Stored matching weights {} are not used: {}", id, e.getMessage());
            return null;
        }
    }
}
