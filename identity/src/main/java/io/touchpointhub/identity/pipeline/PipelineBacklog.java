package io.touchpointhub.identity.pipeline;

import io.touchpointhub.identity.support.Db;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** How much work waits in each stage: for health indicators and gauges. */
public final class PipelineBacklog {

    private static final String PENDING = """
            select (select count(*) from identify_task),
                   (select coalesce(sum(coalesce(cardinality(touchpoint_ids), 1)), 0) from index_task),
                   (select count(*) from dead_letter where replayed_at is null),
                   (select count(*) from analyse_task)
            """;

    /** The key of dead letters awaiting replay in {@link #pending()}. */
    public static final String DEAD_LETTERS = "dead_letters";

    private final Db db;

    public PipelineBacklog(DataSource dataSource) {
        this.db = new Db(dataSource);
    }

    /**
     * Pending items per stage ({@link Stages#IDENTIFY}, {@link Stages#INDEX}, {@link Stages#ANALYSE}), including items backing
     * off after a failure, plus {@value #DEAD_LETTERS}. Exact counts: cheap while queues stay short.
     */
    public Map<String, Long> pending() {
        return db.jdbc().queryForObject(PENDING, (rs, n) -> {
            Map<String, Long> pending = new LinkedHashMap<>();
            pending.put(Stages.IDENTIFY, rs.getLong(1));
            pending.put(Stages.INDEX, rs.getLong(2));
            pending.put(DEAD_LETTERS, rs.getLong(3));
            pending.put(Stages.ANALYSE, rs.getLong(4));
            return pending;
        });
    }
}
