package io.touchpointhub.identity.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code account_profile} rows: which account each live profile belongs to, and by what evidence. */
final class AccountLinks {

    /** A profile's account and the rank of the evidence that put it there. */
    record Link(UUID accountId, int rank) {
    }

    /* A survivor keeps its own link unless a merged profile brings stronger evidence; of several merged
       profiles the strongest (then the oldest) link wins. */
    private static final String FOLLOW_MERGES = """
            insert into account_profile (profile_id, account_id, rank, linked_at)
            select distinct on (m.survivor) m.survivor, ap.account_id, ap.rank, ap.linked_at
            from account_profile ap join unnest(?::uuid[], ?::uuid[]) m(loser, survivor) on ap.profile_id = m.loser
            order by m.survivor, ap.rank desc, ap.linked_at
            on conflict (profile_id) do update set account_id = excluded.account_id, rank = excluded.rank,
                linked_at = excluded.linked_at
            where excluded.rank > account_profile.rank
            """;
    private static final String LINKS = """
            select profile_id, account_id, rank from account_profile where profile_id = any(?::uuid[])
            """;
    private static final String WRITE = """
            insert into account_profile (profile_id, account_id, rank)
            select * from unnest(?::uuid[], ?::uuid[], ?::smallint[])
            on conflict (profile_id) do update set account_id = excluded.account_id, rank = excluded.rank,
                linked_at = now()
            """;

    private AccountLinks() {
    }

    static void followMerges(JdbcTemplate jdbc, Map<UUID, UUID> mergedAway) {
        UUID[] losers = mergedAway.keySet().toArray(UUID[]::new);
        jdbc.update(FOLLOW_MERGES, losers, mergedAway.values().toArray(UUID[]::new));
        jdbc.update("delete from account_profile where profile_id = any(?::uuid[])", (Object) losers);
    }

    static Map<UUID, Link> of(JdbcTemplate jdbc, Collection<UUID> profiles) {
        Map<UUID, Link> links = new HashMap<>();
        jdbc.query(LINKS, rs -> {
            links.put(rs.getObject(1, UUID.class), new Link(rs.getObject(2, UUID.class), rs.getInt(3)));
        }, (Object) profiles.toArray(UUID[]::new));
        return links;
    }

    static void write(JdbcTemplate jdbc, Map<UUID, Link> changed) {
        if (changed.isEmpty()) {
            return;
        }
        jdbc.update(WRITE, changed.keySet().toArray(UUID[]::new),
                changed.values().stream().map(Link::accountId).toArray(UUID[]::new),
                changed.values().stream().map(l -> (short) l.rank()).toArray(Short[]::new));
    }
}
