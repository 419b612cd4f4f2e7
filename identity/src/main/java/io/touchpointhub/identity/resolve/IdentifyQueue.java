package io.touchpointhub.identity.resolve;

import io.touchpointhub.identity.pipeline.DeadLetters;
import io.touchpointhub.identity.pipeline.RetryPolicy;
import io.touchpointhub.identity.pipeline.Stages;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The identify stage's work queue: claiming with SKIP LOCKED, completing, and counting failures. */
final class IdentifyQueue {

    /** A claimed task; {@code resolved} when an earlier run already assigned the touchpoint a profile. */
    record Claimed(long touchpointId, String payload, boolean resolved) {
    }

    /*
     * Claim from the queue alone, then join the payloads of just the claimed rows. Joining first let the
     * planner walk the whole touchpoint log from its oldest row for every batch, so each claim got slower
     * as the log grew (found by bench/ingest.sh: 0.2-0.45 s per claim at 300,000 touchpoints).
     */
    private static final String CLAIM = """
            with claimed as (
                select touchpoint_id from identify_task
                where not_before <= now() %s
                order by touchpoint_id limit ?
                for update skip locked)
            select c.touchpoint_id, t.payload::text, tp.touchpoint_id is not null
            from claimed c
            join touchpoint t on t.id = c.touchpoint_id
            left join touchpoint_profile tp on tp.touchpoint_id = c.touchpoint_id
            order by c.touchpoint_id
            """;
    private static final String CLAIM_BATCH = CLAIM.formatted("");
    private static final String CLAIM_ONE = CLAIM.formatted("and touchpoint_id = ?");
    private static final String DUE = """
            select touchpoint_id from identify_task where not_before <= now() order by touchpoint_id limit ?
            """;

    private final JdbcTemplate jdbc;
    private final RetryPolicy policy;

    IdentifyQueue(JdbcTemplate jdbc, RetryPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    List<Claimed> claim(int max) {
        return jdbc.query(CLAIM_BATCH, (rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getBoolean(3)), max);
    }

    List<Claimed> claimOne(long touchpointId) {
        return jdbc.query(CLAIM_ONE, (rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getBoolean(3)),
                touchpointId, 1);
    }

    /** Ids of due tasks, without claiming them: the list to retry one by one after a batch failed. */
    List<Long> due(int max) {
        return jdbc.queryForList(DUE, Long.class, max);
    }

    void complete(List<Long> touchpointIds) {
        jdbc.update("delete from identify_task where touchpoint_id = any(?::bigint[])",
                (Object) touchpointIds.toArray(Long[]::new));
    }

    /**
     * Counts a failed attempt: the task waits out its back-off, or goes to the dead letters (and
     * leaves the queue) when the policy is exhausted.
     *
     * @return true when the task was dead-lettered
     */
    boolean fail(long touchpointId, String reason) {
        List<Integer> attempts = jdbc.queryForList(
                "select attempts from identify_task where touchpoint_id = ? for update", Integer.class, touchpointId);
        if (attempts.isEmpty()) {
            return false;
        }
        int failed = attempts.get(0) + 1;
        if (policy.exhausted(failed)) {
            DeadLetters.bury(jdbc, Stages.IDENTIFY, Stages.KIND_TOUCHPOINT, touchpointId, null, reason, failed);
            jdbc.update("delete from identify_task where touchpoint_id = ?", touchpointId);
            return true;
        }
        jdbc.update("""
                update identify_task set attempts = ?, last_error = ?,
                       not_before = now() + ? * interval '1 millisecond'
                where touchpoint_id = ?""", failed, reason, policy.backoff(failed).toMillis(), touchpointId);
        return false;
    }
}
