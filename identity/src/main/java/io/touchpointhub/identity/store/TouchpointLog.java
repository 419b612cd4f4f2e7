package io.touchpointhub.identity.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.IdentityException;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only log of every accepted touchpoint: the system of record that everything else is
 * derived from. Intake calls {@link #appendAll} before it acknowledges, so the touchpoints are
 * committed (and queued for identity resolution) when it returns.
 */
public final class TouchpointLog {

    private static final Logger LOG = LoggerFactory.getLogger(TouchpointLog.class);

    /*
     * One round trip per batch: the rows travel as parallel arrays, ON CONFLICT DO NOTHING skips known
     * keys, DISTINCT ON keeps the first of duplicates inside the batch, and the identify tasks of the
     * rows actually inserted, the analyse tasks of those with text (the NLP stage) and their count
     * (touchpoint_count, read by count()) are written by the same statement.
     */
    private static final String APPEND = """
            with input as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::timestamptz[], ?::timestamptz[], ?::json[], ?::boolean[])
                    with ordinality as i(channel, source, external_id, type, name, occurred_at, received_at,
                                         payload, has_text, ord)
            ), firsts as (
                select * from (select distinct on (channel, source, external_id) * from input
                               order by channel, source, external_id, ord) d
                order by ord
            ), inserted as (
                insert into touchpoint (channel, source, external_id, type, name, occurred_at, received_at,
                                        payload)
                select channel, source, external_id, type, name, occurred_at, received_at, payload from firsts
                on conflict (channel, source, external_id) do nothing
                returning id, channel, source, external_id
            ), queued as (
                insert into identify_task (touchpoint_id) select id from inserted
            ), analysed as (
                insert into analyse_task (touchpoint_id)
                select i.id from inserted i join firsts f using (channel, source, external_id) where f.has_text
            ), counted as (
                insert into touchpoint_count (shard, n)
                select pg_backend_pid() % 16, count(*) from inserted having count(*) > 0
                on conflict (shard) do update set n = touchpoint_count.n + excluded.n
            )
            select channel, source, external_id, id from inserted
            """;

    private static final String FIND_IDS = """
            select t.channel, t.source, t.external_id, t.id
            from touchpoint t join unnest(?::text[], ?::text[], ?::text[]) k(channel, source, external_id)
              on t.channel = k.channel and t.source = k.source and t.external_id = k.external_id
            """;

    private final Db db;
    private final ObjectMapper json;

    public TouchpointLog(DataSource dataSource) {
        this(dataSource, Json.defaultMapper());
    }

    /** @param objectMapper copied and given the settings stored JSON needs (ISO instants and so on) */
    public TouchpointLog(DataSource dataSource, ObjectMapper objectMapper) {
        this.db = new Db(dataSource);
        this.json = Json.configure(objectMapper);
    }

    /**
     * Stores the touchpoints whose key is new and queues them for identity resolution, in one
     * committed transaction.
     *
     * @return one result per input, in input order; a key already stored (or repeated earlier in the
     *         same list) gives the stored id with {@code created == false}
     * @throws io.touchpointhub.identity.TransientIdentityException when the database is unreachable
     */
    public List<AppendResult> appendAll(List<Touchpoint> touchpoints) {
        if (touchpoints.isEmpty()) {
            return List.of();
        }
        Columns columns = Columns.of(touchpoints, json);
        try {
            List<AppendResult> results = db.inTransaction(() -> append(touchpoints, columns));
            LOG.debug("Appended {} touchpoints", results.size());
            return results;
        } catch (RuntimeException e) {
            throw Db.wrap("Appending " + touchpoints.size() + " touchpoints", e);
        }
    }

    private List<AppendResult> append(List<Touchpoint> touchpoints, Columns c) {
        Map<TouchpointKey, Long> inserted = new HashMap<>();
        db.jdbc().query(APPEND, rs -> {
            inserted.put(Columns.key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getLong(4));
        }, c.channels, c.sources, c.externalIds, c.types, c.names, c.occurredAt, c.receivedAt, c.payloads, c.hasText);
        Map<TouchpointKey, Long> existing = inserted.size() == touchpoints.size() ? Map.of() : findIds(c);
        List<AppendResult> results = new ArrayList<>(touchpoints.size());
        Map<TouchpointKey, Boolean> claimed = new HashMap<>();
        for (Touchpoint touchpoint : touchpoints) {
            TouchpointKey key = touchpoint.key();
            Long id = inserted.get(key);
            // only the first occurrence of a key inserted in this call counts as created
            boolean created = id != null && claimed.putIfAbsent(key, Boolean.TRUE) == null;
            id = id != null ? id : existing.get(key);
            if (id == null) {
                throw new IdentityException("Touchpoint key neither inserted nor found: concurrent delete?");
            }
            results.add(new AppendResult(id, created));
        }
        return results;
    }

    /*
     * A separate statement, so that it sees rows committed by a concurrent append of the same key,
     * which the append statement's snapshot cannot see.
     */
    private Map<TouchpointKey, Long> findIds(Columns c) {
        Map<TouchpointKey, Long> ids = new HashMap<>();
        db.jdbc().query(FIND_IDS, rs -> {
            ids.put(Columns.key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getLong(4));
        }, c.channels, c.sources, c.externalIds);
        return ids;
    }

    /** The stored touchpoint with this id, as it was appended. */
    public Optional<Touchpoint> find(long id) {
        List<String> payloads = db.jdbc().queryForList("select payload::text from touchpoint where id = ?",
                String.class, id);
        return payloads.stream().findFirst().map(this::read);
    }

    /** How many touchpoints the log holds: a sum over a few rows, whatever the size of the log. */
    public long count() {
        Long count = db.jdbc().queryForObject("select coalesce(sum(n), 0) from touchpoint_count", Long.class);
        return count == null ? 0 : count;
    }

    private Touchpoint read(String payload) {
        try {
            return json.readValue(payload, Touchpoint.class);
        } catch (JsonProcessingException e) {
            throw new IdentityException("Stored touchpoint payload is not readable", e);
        }
    }

    /** The batch as parallel arrays, one per column, for a single unnest-based insert. */
    private record Columns(String[] channels, String[] sources, String[] externalIds, String[] types,
                           String[] names, String[] occurredAt, String[] receivedAt, String[] payloads,
                           Boolean[] hasText) {

        static Columns of(List<Touchpoint> touchpoints, ObjectMapper json) {
            int n = touchpoints.size();
            Columns c = new Columns(new String[n], new String[n], new String[n], new String[n], new String[n],
                    new String[n], new String[n], new String[n], new Boolean[n]);
            for (int i = 0; i < n; i++) {
                Touchpoint t = touchpoints.get(i);
                c.channels[i] = t.channel().name();
                c.sources[i] = Json.textWithoutNul(t.source());
                c.externalIds[i] = Json.textWithoutNul(t.key().externalId());
                c.types[i] = Json.textWithoutNul(t.type());
                c.names[i] = Json.textWithoutNul(t.name());
                c.occurredAt[i] = Db.text(t.occurredAt());
                c.receivedAt[i] = Db.text(t.receivedAt());
                c.payloads[i] = write(json, t);
                c.hasText[i] = t.text() != null && !t.text().isBlank();
            }
            return c;
        }

        static TouchpointKey key(String channel, String source, String externalId) {
            return new TouchpointKey(Channel.valueOf(channel), source, externalId);
        }

        private static String write(ObjectMapper json, Touchpoint touchpoint) {
            try {
                return Json.withoutNul(json.writeValueAsString(touchpoint));
            } catch (JsonProcessingException e) {
                throw new IdentityException("Touchpoint " + touchpoint + " cannot be written as JSON", e);
            }
        }
    }
}
