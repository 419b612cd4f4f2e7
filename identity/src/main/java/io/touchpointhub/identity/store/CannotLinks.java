package io.touchpointhub.identity.store;

import io.touchpointhub.identity.support.Db;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Cannot-link constraints between profiles: a pair a reviewer rejected, or the parts of a profile an
 * operator split. Every merge (deterministic, probabilistic, reviewed or manual) asks
 * {@link #forbids(UUID, UUID)} first. A constraint is kept on the ids of the moment and follows each
 * side to its live profile, so it still holds after either side merged with a third profile.
 */
public final class CannotLinks {

    /** Why two profiles must stay apart. */
    public enum Reason { REVIEW_REJECTED, UNMERGE, MANUAL }

    private static final String LIVE_PAIRS = """
            select coalesce(pa.merged_into, pa.id) as a, coalesce(pb.merged_into, pb.id) as b
            from cannot_link c
            join profile pa on pa.id = c.profile_a
            join profile pb on pb.id = c.profile_b
            """;

    private final Db db;

    public CannotLinks(DataSource dataSource) {
        this.db = new Db(dataSource);
    }

    /** Records that the two profiles must not be merged; recording a known pair again changes nothing. */
    public void add(UUID first, UUID second, Reason reason, String note) {
        Objects.requireNonNull(reason, "reason");
        if (first.equals(second)) {
            throw new IllegalArgumentException("a profile cannot be kept apart from itself");
        }
        // PostgreSQL orders uuids as unsigned bytes, as their text does; UUID.compareTo is signed
        UUID a = first.toString().compareTo(second.toString()) < 0 ? first : second;
        UUID b = a.equals(first) ? second : first;
        db.jdbc().update("""
                insert into cannot_link (profile_a, profile_b, reason, note) values (?, ?, ?, ?)
                on conflict (profile_a, profile_b) do nothing
                """, a, b, reason.name().toLowerCase(java.util.Locale.ROOT), note);
    }

    /** Whether any constraint keeps the live profiles of these two ids apart. */
    public boolean forbids(UUID first, UUID second) {
        return !forbiddenAmong(List.of(first, second)).isEmpty();
    }

    /**
     * The constrained pairs among the live profiles of the given ids, as pairs of live profile ids (each
     * pair once, in no particular order): what a resolver merging a group of profiles must keep apart.
     */
    public List<UUID[]> forbiddenAmong(Collection<UUID> profileIds) {
        if (profileIds.size() < 2) {
            return List.of();
        }
        UUID[] ids = profileIds.toArray(UUID[]::new);
        return db.jdbc().query(con -> {
            var statement = con.prepareStatement("""
                    with live as (
                        select coalesce(p.merged_into, p.id) as id from profile p where p.id = any(?)
                    ), pairs as (""" + LIVE_PAIRS + """
                    )
                    select distinct a, b from pairs
                    where a <> b and a in (select id from live) and b in (select id from live)
                    """);
            statement.setArray(1, con.createArrayOf("uuid", ids));
            return statement;
        }, (rs, i) -> new UUID[] {rs.getObject("a", UUID.class), rs.getObject("b", UUID.class)});
    }
}
