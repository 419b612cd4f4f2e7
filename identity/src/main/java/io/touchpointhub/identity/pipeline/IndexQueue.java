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

    /**
     * Touchpoints a batch resolved go in rows of this many (kind {@code touchpoints}): a row per
     * touchpoint was inserted, claimed and deleted for every one of them, a third of the identity
     * stage's statements' time. Small enough for a row to stay inline (no TOAST) and a claim to stay
     * close to its size.
     */
    static final int TOUCHPOINTS_PER_ROW = 200;

    private static final String ENQUEUE = """
            insert into index_task (kind, touchpoint_id, profile_id)
            select kind, touchpoint_id, profile_id from unnest(?::text[], ?::bigint[], ?::uuid[])
                as u(kind, touchpoint_id, profile_id)
            """;
    private static final String ENQUEUE_RESOLVED = """
            insert into index_task (kind, touchpoint_ids)
            select 'touchpoints', array_agg(id order by ord) from unnest(?::bigint[]) with ordinality u(id, ord)
            group by (ord - 1) / ? order by min(ord)
            """;

    private IndexQueue() {
    }

    /**
     * Queues touchpoints to write, live profiles to refresh and merged profiles to remove.
     *
     * @param resolved touchpoints resolved for the first time, queued together
     * @param moved    touchpoints written before whose profile changed, one row each, so that the
     *                 index stage finds them next to the row that first queued them and writes once
     */
    public static void enqueue(JdbcTemplate jdbc, Collection<Long> resolved, Collection<Long> moved,
                               Collection<UUID> refresh, Collection<UUID> removed) {
        if (!resolved.isEmpty()) {
            jdbc.update(ENQUEUE_RESOLVED, resolved.toArray(Long[]::new), TOUCHPOINTS_PER_ROW);
        }
        int n = moved.size() + refresh.size() + removed.size();
        if (n == 0) {
            return;
        }
        List<String> kinds = new ArrayList<>(n);
        List<Long> touchpointIds = new ArrayList<>(n);
        List<UUID> profileIds = new ArrayList<>(n);
        for (Long id : moved) {
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
