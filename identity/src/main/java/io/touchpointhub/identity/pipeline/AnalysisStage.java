package io.touchpointhub.identity.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NLP stage: claims queued touchpoints with text ({@code analyse_task}), analyses each through a
 * {@link TouchpointAnalyzer}, stores the result in {@code touchpoint_analysis} and queues the touchpoint
 * for indexing, all in one transaction; a crash rolls the claim back and another worker redoes it. It runs
 * beside the identity stage, never in front of intake.
 *
 * <p>Ordering with indexing: the index writer reads the stored analysis of every touchpoint it writes. A
 * touchpoint whose identity task is still queued (and not being resolved right now) is left to identity,
 * whose index task comes after this commit; otherwise this stage queues the re-index itself.
 */
public final class AnalysisStage {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisStage.class);

    /* The lock is taken in the limited subquery, so concurrent workers each get their own due rows. */
    private static final String CLAIM = """
            with claimed as (
                select touchpoint_id, attempts from analyse_task where not_before <= now()
                order by touchpoint_id limit ? for update skip locked
            )
            select c.touchpoint_id, c.attempts, t.payload::text
            from claimed c left join touchpoint t on t.id = c.touchpoint_id
            order by c.touchpoint_id
            """;
    private static final String STORE = """
            insert into touchpoint_analysis (touchpoint_id, analysis, topics)
            values (?, ?::json, ?::text[])
            on conflict (touchpoint_id) do update
                set analysis = excluded.analysis, topics = excluded.topics, analysed_at = now()
            """;
    /* Identity tasks not claimed by a running identity batch: identity will index these after we commit. */
    private static final String LEFT_TO_IDENTITY = """
            select touchpoint_id from identify_task where touchpoint_id = any(?::bigint[])
            for share skip locked
            """;
    private static final String RETRY_LATER = """
            update analyse_task set attempts = ?, last_error = ?, not_before = now() + ? * interval '1 millisecond'
            where touchpoint_id = ?
            """;

    private final Db db;
    private final ObjectMapper json;
    private final RetryPolicy policy;

    public AnalysisStage(DataSource dataSource, ObjectMapper objectMapper, RetryPolicy policy) {
        this.db = new Db(dataSource);
        this.json = Json.configure(objectMapper);
        this.policy = policy;
    }

    private record Claimed(long id, int attempts, String payload) {
    }

    /**
     * Analyses up to {@code max} queued touchpoints.
     *
     * @return how many were handled (analysed, retried later or buried); 0 when idle
     * @throws io.touchpointhub.identity.TransientIdentityException when the database is unreachable
     */
    public int runOnce(int max, TouchpointAnalyzer analyzer) {
        try {
            return db.inTransaction(() -> run(max, analyzer));
        } catch (RuntimeException e) {
            throw Db.wrap("Analysing touchpoints", e);
        }
    }

    private int run(int max, TouchpointAnalyzer analyzer) {
        List<Claimed> claimed = db.jdbc().query(CLAIM,
                (rs, n) -> new Claimed(rs.getLong(1), rs.getInt(2), rs.getString(3)), max);
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Long, TouchpointAnalysis> done = new LinkedHashMap<>();
        Map<Claimed, String> failed = new LinkedHashMap<>();
        for (Claimed task : claimed) {
            try {
                TouchpointAnalysis analysis = analyse(task, analyzer);
                if (analysis != null) {
                    done.put(task.id(), analysis);
                }
            } catch (RuntimeException e) {
                if (Db.isUnavailable(e) || Db.isRetryableConflict(e)) {
                    throw e; // the analyser could not read its topics: the batch waits, no attempt is counted
                }
                failed.put(task, Db.reason(e));
            }
        }
        store(done);
        settleFailures(failed);
        Set<Long> finished = new HashSet<>(claimed.stream().map(Claimed::id).toList());
        failed.keySet().forEach(f -> finished.remove(f.id()));
        db.jdbc().update("delete from analyse_task where touchpoint_id = any(?::bigint[])",
                (Object) finished.toArray(Long[]::new));
        LOG.debug("Analysed {} touchpoints ({} failed)", done.size(), failed.size());
        return claimed.size();
    }

    /** {@code null} for a touchpoint without text (nothing to store, nothing to fail). */
    private TouchpointAnalysis analyse(Claimed task, TouchpointAnalyzer analyzer) {
        if (task.payload() == null) {
            return null; // no such touchpoint (a task written by hand): nothing to analyse
        }
        Touchpoint touchpoint;
        try {
            touchpoint = json.readValue(task.payload(), Touchpoint.class);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("Stored payload of touchpoint " + task.id() + " is not readable", e);
        }
        if (touchpoint.text() == null || touchpoint.text().isBlank()) {
            return null;
        }
        return analyzer.analyse(touchpoint);
    }

    private void store(Map<Long, TouchpointAnalysis> done) {
        if (done.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(done.size());
        done.forEach((id, analysis) -> rows.add(new Object[] {id, write(analysis), analysis.topics().toArray(String[]::new)}));
        db.jdbc().batchUpdate(STORE, rows);
        Set<Long> leftToIdentity = new HashSet<>(db.jdbc().queryForList(LEFT_TO_IDENTITY, Long.class,
                (Object) done.keySet().toArray(Long[]::new)));
        List<Long> reindex = done.keySet().stream().filter(id -> !leftToIdentity.contains(id)).toList();
        IndexQueue.enqueue(db.jdbc(), reindex, List.of(), List.of(), List.of());
    }

    private String write(TouchpointAnalysis analysis) {
        try {
            return Json.withoutNul(json.writeValueAsString(analysis.text()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Analysis cannot be written as JSON", e);
        }
    }

    private void settleFailures(Map<Claimed, String> failed) {
        failed.forEach((task, reason) -> {
            int attempts = task.attempts() + 1;
            if (policy.exhausted(attempts)) {
                DeadLetters.bury(db.jdbc(), Stages.ANALYSE, Stages.KIND_TOUCHPOINT, task.id(), null, reason, attempts);
                db.jdbc().update("delete from analyse_task where touchpoint_id = ?", task.id());
            } else {
                db.jdbc().update(RETRY_LATER, attempts, reason, policy.backoff(attempts).toMillis(), task.id());
            }
        });
    }
}
