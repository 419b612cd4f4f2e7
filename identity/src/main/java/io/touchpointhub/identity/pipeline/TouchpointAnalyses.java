package io.touchpointhub.identity.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.model.TextAnalysis;
import io.touchpointhub.model.TouchpointAnalysis;
import java.sql.Array;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored results of the NLP stage: read by the index writer and the full rebuild, so that a touchpoint
 * document carries its analysis whichever stage wrote it last; and the re-tag job, which queues analysed
 * touchpoints for the NLP stage again (after tracked topics changed).
 */
public final class TouchpointAnalyses {

    private static final Logger LOG = LoggerFactory.getLogger(TouchpointAnalyses.class);

    private static final String BY_ID = """
            select touchpoint_id, analysis::text, topics from touchpoint_analysis where touchpoint_id = any(?::bigint[])
            """;
    private static final String REQUEUE = """
            insert into analyse_task (touchpoint_id)
            select a.touchpoint_id from touchpoint_analysis a join touchpoint t on t.id = a.touchpoint_id
            where (?::timestamptz is null or t.occurred_at >= ?::timestamptz)
            on conflict (touchpoint_id) do nothing
            """;

    private final Db db;
    private final ObjectMapper json;

    public TouchpointAnalyses(DataSource dataSource, ObjectMapper objectMapper) {
        this.db = new Db(dataSource);
        this.json = Json.configure(objectMapper);
    }

    /**
     * The stored analyses of these touchpoints; touchpoints not analysed (yet, or without text) are absent,
     * and so is an analysis that cannot be read (logged by id: the document is written without it).
     */
    public Map<Long, TouchpointAnalysis> find(Collection<Long> touchpointIds) {
        Map<Long, TouchpointAnalysis> found = new HashMap<>();
        if (touchpointIds.isEmpty()) {
            return found;
        }
        try {
            db.jdbc().query(BY_ID, rs -> {
                long id = rs.getLong(1);
                TextAnalysis text = read(id, rs.getString(2));
                if (text != null) {
                    found.put(id, new TouchpointAnalysis(text, topics(rs.getArray(3))));
                }
            }, (Object) touchpointIds.toArray(Long[]::new));
        } catch (RuntimeException e) {
            throw Db.wrap("Reading touchpoint analyses", e);
        }
        return found;
    }

    /**
     * Queues analysed touchpoints for the NLP stage again, so they are tagged with the current topics.
     *
     * @param occurredSince only touchpoints that occurred at or after this instant; {@code null} for all
     * @return how many were queued (those already queued are not counted)
     */
    public int requeue(Instant occurredSince) {
        java.sql.Timestamp since = occurredSince == null ? null : java.sql.Timestamp.from(occurredSince);
        return db.jdbc().update(REQUEUE, since, since);
    }

    private TextAnalysis read(long id, String analysis) {
        try {
            return json.readValue(analysis, TextAnalysis.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warn("Stored analysis of touchpoint {} is not readable ({}); indexed without it", id,
                    e.getClass().getSimpleName());
            return null;
        }
    }

    private static List<String> topics(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
