package io.touchpointhub.identity.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The blocking keys of live profiles in PostgreSQL (table {@code match_block_key}), written and read
 * inside the identify batch's transaction: the keys a batch writes and the candidates it looks up are
 * consistent with the merges it commits.
 */
public final class BlockingIndex {

    /** The advisory-lock class of block keys (pairs of ints: never collides with the identifier locks). */
    private static final int LOCK_CLASS = 0x6d617463;
    /* Sorted inside the statement, so every batch takes its locks in one global order. */
    private static final String LOCK_KEYS = """
            select count(pg_advisory_xact_lock(?, k)) from (
                select distinct k from unnest(?::int[]) k order by k) s
            """;
    private static final String INSERT = """
            insert into match_block_key (block_key, profile_id)
            select * from unnest(?::bigint[], ?::uuid[]) on conflict do nothing
            """;
    private static final String LOOKUP = """
            select k.key, b.profile_id from unnest(?::bigint[]) k(key)
            cross join lateral (select profile_id from match_block_key where block_key = k.key limit ?) b
            """;

    private final JdbcTemplate jdbc;

    public BlockingIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises batches that write or look up the same keys until they commit, so that two batches
     * bringing the same new person can never both miss the other's profile.
     */
    public void lock(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Integer[] locks = keys.stream().map(k -> (int) (k ^ (k >>> 32))).distinct().toArray(Integer[]::new);
        jdbc.queryForObject(LOCK_KEYS, Long.class, LOCK_CLASS, locks);
    }

    /** Replaces the keys of these profiles. */
    public void replace(Map<UUID, Set<Long>> keysByProfile) {
        if (keysByProfile.isEmpty()) {
            return;
        }
        remove(keysByProfile.keySet());
        List<Long> keys = new ArrayList<>();
        List<UUID> profiles = new ArrayList<>();
        keysByProfile.forEach((profile, set) -> set.forEach(key -> {
            keys.add(key);
            profiles.add(profile);
        }));
        if (!keys.isEmpty()) {
            jdbc.update(INSERT, keys.toArray(Long[]::new), profiles.toArray(UUID[]::new));
        }
    }

    /** Forgets these profiles (merged away). */
    public void remove(Collection<UUID> profiles) {
        if (!profiles.isEmpty()) {
            jdbc.update("delete from match_block_key where profile_id = any(?::uuid[])",
                    (Object) profiles.toArray(UUID[]::new));
        }
    }

    /**
     * The profiles holding each key, for keys held by at most {@code maxBlockSize} profiles (a key that
     * common, "Smith in London", tells nothing and would make the comparisons grow with the data).
     */
    public Map<Long, List<UUID>> holders(Collection<Long> keys, int maxBlockSize) {
        Map<Long, List<UUID>> holders = new HashMap<>();
        if (keys.isEmpty()) {
            return holders;
        }
        jdbc.query(LOOKUP, rs -> {
            holders.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
        }, keys.stream().distinct().toArray(Long[]::new), maxBlockSize + 1);
        holders.values().removeIf(list -> list.size() > maxBlockSize);
        return holders;
    }

    /** Candidates of one profile: the profiles sharing most of its keys first, at most {@code max}. */
    public static List<UUID> candidates(UUID self, Set<Long> keys, Map<Long, List<UUID>> holders, int max) {
        Map<UUID, Integer> shared = new LinkedHashMap<>();
        for (Long key : keys) {
            for (UUID other : holders.getOrDefault(key, List.of())) {
                if (!other.equals(self)) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<UUID, Integer>comparingByValue().reversed())
                .limit(max).map(Map.Entry::getKey).toList();
    }
}
