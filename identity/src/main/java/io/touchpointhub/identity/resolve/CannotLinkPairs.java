package io.touchpointhub.identity.resolve;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the cannot-links (table {@code cannot_link}, see {@link io.touchpointhub.identity.store.CannotLinks})
 * among a set of live profiles into their nodes. A constraint names the ids of its moment; merged_into
 * is flattened, so the ids that live on in a profile are the profile and those merged into it.
 */
final class CannotLinkPairs {

    private static final String AMONG = """
            with ids as (
                select id, id as live from unnest(?::uuid[]) id
                union all
                select p.id, p.merged_into from profile p where p.merged_into = any(?::uuid[]))
            select distinct a.live, b.live from cannot_link c
            join ids a on a.id = c.profile_a
            join ids b on b.id = c.profile_b
            where a.live <> b.live
            """;

    private CannotLinkPairs() {
    }

    /** Marks each pair of the given live nodes that a cannot-link keeps apart; nodes are taken as they are now. */
    static void load(JdbcTemplate jdbc, Map<UUID, ProfileNode> nodes) {
        if (nodes.size() < 2) {
            return;
        }
        UUID[] ids = nodes.keySet().toArray(UUID[]::new);
        jdbc.query(AMONG, rs -> {
            ProfileNode a = nodes.get(rs.getObject(1, UUID.class)).live();
            ProfileNode b = nodes.get(rs.getObject(2, UUID.class)).live();
            UUID aId = rs.getObject(1, UUID.class);
            UUID bId = rs.getObject(2, UUID.class);
            a.apart.add(bId);
            b.apart.add(aId);
        }, ids, ids);
    }
}
