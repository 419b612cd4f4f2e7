package io.touchpointhub.identity.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Queues read-model work inside the producer's transaction, so that what identity resolution commits
 * and what the index stage will write can never disagree. Plain inserts only: a producer never waits
 * for an index stage that is busy writing to Elasticsearch; the index stage de-duplicates.
 */
public final class IndexQueue {

    private static final String ENQUEUE = """
            insert into index_task (kind, touchpoint_id, profile_id)
            select kind, touchpoint_id, profile_id from unnest(?::text[], ?::bigint[], ?::uuid[])
                as u(kind, touchpoint_id, profile_id)
            """;

    private IndexQueue() {
    }

    /** Queues touchpoints to write, live profiles to refresh and merged profiles to remove. */
    public static void enqueue(JdbcTemplate jdbc, Collection<Long> touchpoints, Collection<UUID> refresh,
                               Collection<UUID> removed) {
        int n = touchpoints.size() + refresh.size() + removed.size();
        if (n == 0) {
            return;
        }
        List<String> kinds = new ArrayList<>(n);
        List<Long> touchpointIds = new ArrayList<>(n);
        List<UUID> profileIds = new ArrayList<>(n);
        for (Long id : touchpoints) {
            kinds.add(Stages.KIND_TOUCHPOINT);
            touchpointIds.add(id);
            profileIds.add(null);
        }
        add(Stages.KIND_PROFILE, refresh, kinds, touchpointIds, profileIds);
        add(Stages.KIND_REMOVE_PROFILE, removed, kinds, touchpointIds, profileIds);
        jdbc.update(ENQUEUE, kinds.toArray(String[]::new), touchpointIds.toArray(Long[]::new),
                profileIds.toArray(UUID[]::new));
    }

    private static void add(String kind, Collection<UUID> ids, List<String> kinds, List<Long> touchpointIds,
                            List<UUID> profileIds) {
        for (UUID id : ids) {
            kinds.add(kind);
            touchpointIds.add(null);
            profileIds.add(id);
        }
    }
}
