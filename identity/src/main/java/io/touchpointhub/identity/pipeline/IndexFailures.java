package io.touchpointhub.identity.pipeline;

import io.touchpointhub.model.ProfileId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Settles claimed index work in the claiming transaction: written items are deleted, failed ones get
 * another attempt after a back-off, or go to the dead letters once the retry policy is exhausted.
 */
final class IndexFailures {

    private static final String RETRY_LATER = """
            update index_task set attempts = ?, last_error = ?,
                   not_before = now() + ? * interval '1 millisecond'
            where id = ?
            """;

    private static final String REQUEUE = """
            insert into index_task (kind, touchpoint_id, profile_id, attempts, last_error, not_before)
            values (?, ?, ?, ?, ?, now() + ? * interval '1 millisecond')
            """;

    private final JdbcTemplate jdbc;
    private final RetryPolicy policy;

    IndexFailures(JdbcTemplate jdbc, RetryPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    void complete(IndexClaim claim, Map<Long, String> failedTouchpoints, Map<ProfileId, String> failedProfiles) {
        Set<Long> done = new LinkedHashSet<>();
        List<Object[]> retries = new ArrayList<>();
        List<Object[]> requeued = new ArrayList<>();
        claim.touchpoints.forEach((id, item) ->
                settle(item, failedTouchpoints.get(id), id, null, done, retries, requeued));
        claim.profiles.forEach((id, item) ->
                settle(item, failedProfiles.get(new ProfileId(id)), null, id, done, retries, requeued));
        if (!done.isEmpty()) {
            jdbc.update("delete from index_task where id = any(?::bigint[])", (Object) done.toArray(Long[]::new));
        }
        if (!retries.isEmpty()) {
            jdbc.batchUpdate(RETRY_LATER, retries);
        }
        if (!requeued.isEmpty()) {
            jdbc.batchUpdate(REQUEUE, requeued);
        }
    }

    private void settle(IndexClaim.Item item, String reason, Long touchpointId, UUID profileId, Set<Long> done,
                        List<Object[]> retries, List<Object[]> requeued) {
        if (reason == null) {
            done.addAll(item.taskIds());
            return;
        }
        int attempts = item.attempts() + 1;
        if (policy.exhausted(attempts)) {
            DeadLetters.bury(jdbc, Stages.INDEX, item.kind(), touchpointId, profileId, reason, attempts);
            done.addAll(item.taskIds());
            return;
        }
        // a row of this item alone carries its retry, its duplicates are folded into it; a row shared
        // with other touchpoints is deleted with them, and the failed one is queued again on its own
        List<Long> own = item.tasks().stream().filter(IndexClaim.Task::single).map(IndexClaim.Task::id).toList();
        done.addAll(item.taskIds());
        if (own.isEmpty()) {
            requeued.add(new Object[] {item.kind(), touchpointId, profileId, attempts, reason,
                    policy.backoff(attempts).toMillis()});
            return;
        }
        done.remove(own.get(0));
        retries.add(new Object[] {attempts, reason, policy.backoff(attempts).toMillis(), own.get(0)});
    }
}
