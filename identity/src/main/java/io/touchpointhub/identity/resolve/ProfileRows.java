package io.touchpointhub.identity.resolve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.profile.ProfileSummary;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.model.IdentifierType;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Locks and reads whole profiles by id, for merges decided on attributes rather than on identifiers
 * (probabilistic matches, reviews): the live ones as nodes with their unique identifiers.
 */
final class ProfileRows {

    private static final String LIVE_ID = "select coalesce(merged_into, id) from profile where id = ?";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final IdentityRules rules;

    ProfileRows(JdbcTemplate jdbc, ObjectMapper json, IdentityRules rules) {
        this.jdbc = jdbc;
        this.json = json;
        this.rules = rules;
    }

    /** The live profile an id is or was merged into (one hop: merged_into is flattened), or null. */
    UUID liveId(UUID id) {
        return jdbc.queryForList(LIVE_ID, UUID.class, id).stream().findFirst().orElse(null);
    }

    /** Locks the profiles (in id order) and returns the live ones; ids merged meanwhile are left out. */
    Map<UUID, ProfileNode> lockLive(Collection<UUID> ids) {
        Map<UUID, ProfileNode> live = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return live;
        }
        jdbc.query(IdentityLocks.LOCK_AND_READ_PROFILES, rs -> {
            if (rs.getObject(2) == null) {
                UUID id = rs.getObject(1, UUID.class);
                ProfileNode node = new ProfileNode(id, true, rs.getTimestamp(3).toInstant(), ProfileSummary.read(json,
                        rs.getString(6), Db.instant(rs.getTimestamp(4)), Db.instant(rs.getTimestamp(5))));
                node.storedSummary = rs.getString(6);
                live.put(id, node);
            }
        }, (Object) new HashSet<>(ids).toArray(UUID[]::new));
        loadUniques(live);
        return live;
    }

    private void loadUniques(Map<UUID, ProfileNode> live) {
        if (live.isEmpty() || rules.uniqueTypes().isEmpty()) {
            return;
        }
        jdbc.query(GraphReader.UNIQUES, rs -> {
            ProfileNode node = live.get(rs.getObject(1, UUID.class));
            node.uniques.computeIfAbsent(IdentifierType.fromWireName(rs.getString(2)), t -> new HashSet<>())
                    .add(rs.getString(3));
        }, live.keySet().toArray(UUID[]::new),
                rules.uniqueTypes().stream().map(IdentifierType::wireName).toArray(String[]::new));
    }

    /** How many stored profiles each live profile is made of (itself and those merged into it). */
    Map<UUID, Integer> sizes(Collection<UUID> ids) {
        Map<UUID, Integer> sizes = new LinkedHashMap<>();
        ids.forEach(id -> sizes.put(id, 1));
        jdbc.query("select merged_into, count(*) from profile where merged_into = any(?::uuid[]) group by merged_into",
                rs -> {
                    sizes.merge(rs.getObject(1, UUID.class), rs.getInt(2), Integer::sum);
                }, (Object) ids.toArray(UUID[]::new));
        return sizes;
    }
}
