package io.touchpointhub.identity.pipeline;

import io.touchpointhub.model.ProfileId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private final JdbcTemplate jdbc;
    private final RetryPolicy policy;

    IndexFailures(JdbcTemplate jdbc, RetryPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    void complete(IndexClaim claim, Map<Long, String> failedTouchpoints, Map<ProfileId, String> failedProfiles) {
        List<Long> done = new ArrayList<>();
        List<Object[]> retries = new ArrayList<>();
        claim.touchpoints.forEach((id, item) -> settle(item, failedTouchpoints.get(id), id, null, done, retries));
        claim.profiles.forEach((id, item) ->
                settle(item, failedProfiles.get(new ProfileId(id)), null, id, done, retries));
        if (!done.isEmpty()) {
            jdbc.update("delete from index_task where id = any(?::bigint[])", (Object) done.toArray(Long[]::new));
        }
        if (!retries.isEmpty()) {
            jdbc.batchUpdate(RETRY_LATER, retries);
        }
    }

    private void settle(IndexClaim.Item item, String reason, Long touchpointId, UUID profileId, List<Long> done,
                        List<Object[]> retries) {
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
        // one row carries the item's retry; its duplicates are folded into it
        List<Long> ids = item.taskIds();
        done.addAll(ids.subList(1, ids.size()));
        retries.add(new Object[] {attempts, reason, policy.backoff(attempts).toMillis(), ids.get(0)});
    }
}
