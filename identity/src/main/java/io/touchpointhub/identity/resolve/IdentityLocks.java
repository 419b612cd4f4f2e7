package io.touchpointhub.identity.resolve;

import io.touchpointhub.model.Identifier;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one lock order of every writer of the identity graph (identity batches, the live matcher, unmerge
 * and manual merge): first a transaction advisory lock per identifier, on the hash of
 * {@code <type>:<value>} and sorted inside the statement, then the profile rows, sorted by id. Two writers
 * taking their locks through here can wait for each other but never deadlock, and a batch resolving a
 * touchpoint with any of an edit's identifiers reads the graph as the edit left it.
 */
public final class IdentityLocks {

    private static final String LOCK_IDENTIFIERS = """
            select count(pg_advisory_xact_lock(h)) from (
                select distinct hashtextextended(k, 0) as h from unnest(?::text[]) k order by h) s
            """;
    /** Profile rows locked in id order, read as they are locked (the resolver needs them all). */
    static final String LOCK_AND_READ_PROFILES = """
            select id, merged_into, created_at, first_seen, last_seen, summary::text from profile
            where id = any(?::uuid[]) order by id for update
            """;
    private static final String LOCK_PROFILES = """
            select id from profile where id = any(?::uuid[]) order by id for update
            """;

    private IdentityLocks() {
    }

    /** Waits for, and holds until the transaction ends, a lock on each identifier. */
    public static void lockIdentifiers(JdbcTemplate jdbc, Collection<Identifier> identifiers) {
        if (!identifiers.isEmpty()) {
            jdbc.queryForObject(LOCK_IDENTIFIERS, Long.class, (Object) identifiers.stream()
                    .map(id -> id.type().wireName() + ':' + id.value()).toArray(String[]::new));
        }
    }

    /** Locks the profile rows (merged ones too: their {@code merged_into} cannot change meanwhile). */
    public static void lockProfiles(JdbcTemplate jdbc, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.queryForList(LOCK_PROFILES, UUID.class, (Object) ids.toArray(UUID[]::new));
        }
    }
}
