package io.touchpointhub.identity.undo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.profile.ProfileSummary;
import io.touchpointhub.identity.resolve.IdentityLocks;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads and locks the profiles an edit changes, in the identity stage's order ({@link IdentityLocks}):
 * first a transaction advisory lock per identifier, then the profile rows sorted by id. A batch resolving
 * a touchpoint with any of these identifiers therefore waits for the edit to commit and then reads the
 * graph as the edit left it.
 */
final class ProfileRows {

    private static final String LIVE = "select coalesce(merged_into, id) from profile where id = ?";
    private static final String PROFILE = """
            select created_at, first_seen, last_seen, summary::text, merged_into from profile where id = ?
            """;
    private static final String LINKS_OF = """
            select id_type, id_value, matchable from profile_identifier where profile_id = ?
            """;
    /*
     * Other live profiles this one could link by an identifier (matchable on both sides, held by no more
     * profiles than the cap): the candidates of a re-resolution. Widely shared identifiers are left out
     * before their holders are read, so that a switchboard number does not lock thousands of profiles.
     */
    private static final String SHARING = """
            select distinct other.profile_id from profile_identifier mine
            join profile_identifier other on other.id_type = mine.id_type and other.id_value = mine.id_value
            where mine.profile_id = ? and mine.matchable and other.matchable and other.profile_id <> mine.profile_id
              and (select count(*) from (select 1 from profile_identifier c
                                         where c.id_type = mine.id_type and c.id_value = mine.id_value
                                         limit ? + 1) capped) <= ?
            """;
    /* The merge each profile was last merged by: its parent in the tree of what a profile is made of. */
    private static final String PARENTS = """
            select distinct on (merged_id) merged_id, survivor_id from profile_merge
            where merged_id = any(?::uuid[]) and operation = 'merge'
            order by merged_id, id desc
            """;

    private static final String TOUCHPOINTS = """
            select tp.touchpoint_id, tp.origin_profile_id, t.payload::text
            from touchpoint_profile tp join touchpoint t on t.id = tp.touchpoint_id
            where tp.profile_id = ? order by tp.touchpoint_id
            """;

    /** A profile row as an edit needs it. */
    record Profile(UUID id, Instant createdAt, ProfileSummary summary, UUID mergedInto) {
    }

    /** A touchpoint of a profile with the profile it was first resolved to (null: resolved before lineage). */
    record Owned(long id, UUID origin, String payload) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ProfileRows(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** The live profile of an id (merged_into is flattened: one hop), or empty for an unknown id. */
    Optional<UUID> live(UUID id) {
        return jdbc.queryForList(LIVE, UUID.class, id).stream().findFirst();
    }

    /** Profiles merged into this live one. */
    Set<UUID> members(UUID live) {
        return new TreeSet<>(jdbc.queryForList("select id from profile where merged_into = ?", UUID.class, live));
    }

    /** The identifiers the live profile holds, with whether each may link profiles. */
    Map<Identifier, Boolean> links(UUID profile) {
        Map<Identifier, Boolean> links = new LinkedHashMap<>();
        jdbc.query(LINKS_OF, rs -> {
            links.put(new Identifier(IdentifierType.fromWireName(rs.getString(1)), rs.getString(2)), rs.getBoolean(3));
        }, profile);
        return links;
    }

    Set<UUID> sharing(UUID profile, int cap) {
        return new TreeSet<>(jdbc.queryForList(SHARING, UUID.class, profile, cap, cap));
    }

    void lock(Collection<Identifier> identifiers, Collection<UUID> profiles) {
        IdentityLocks.lockIdentifiers(jdbc, identifiers);
        IdentityLocks.lockProfiles(jdbc, profiles);
    }

    Profile profile(UUID id) {
        return jdbc.queryForObject(PROFILE, (rs, n) -> new Profile(id, rs.getTimestamp(1).toInstant(),
                ProfileSummary.read(json, rs.getString(4), Db.instant(rs.getTimestamp(2)), Db.instant(rs.getTimestamp(3))),
                rs.getObject(5, UUID.class)), id);
    }

    Map<UUID, UUID> parents(Collection<UUID> members) {
        Map<UUID, UUID> parents = new HashMap<>();
        jdbc.query(PARENTS, rs -> {
            parents.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        }, (Object) members.toArray(UUID[]::new));
        return parents;
    }

    /** Matchable values of the given unique types this live profile holds. */
    Map<IdentifierType, Set<String>> uniques(UUID profile, Set<IdentifierType> types) {
        Map<IdentifierType, Set<String>> uniques = new HashMap<>();
        links(profile).forEach((id, matchable) -> {
            if (matchable && types.contains(id.type())) {
                uniques.computeIfAbsent(id.type(), t -> new TreeSet<>()).add(id.value());
            }
        });
        return uniques;
    }

    List<Owned> touchpoints(UUID profile) {
        return jdbc.query(TOUCHPOINTS, (rs, n) -> new Owned(rs.getLong(1), rs.getObject(2, UUID.class),
                rs.getString(3)), profile);
    }

    /** How many live profiles hold the identifier. */
    long holders(Identifier identifier) {
        Long n = jdbc.queryForObject("select count(*) from profile_identifier where id_type = ? and id_value = ?",
                Long.class, identifier.type().wireName(), identifier.value());
        return n == null ? 0 : n;
    }
}
