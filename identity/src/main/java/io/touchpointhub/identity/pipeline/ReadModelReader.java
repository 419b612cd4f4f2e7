package io.touchpointhub.identity.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.IdentityException;
import io.touchpointhub.identity.profile.ProfileLoader;
import io.touchpointhub.identity.survivorship.Survivorship;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.model.Touchpoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the read models' source data from PostgreSQL: by id for the index stage, and streamed in
 * keyset-paginated batches for a full rebuild (constant cost per page, however deep).
 */
final class ReadModelReader {

    private static final String TOUCHPOINTS_BY_ID = """
            select t.id, t.payload::text, tp.profile_id
            from touchpoint t join touchpoint_profile tp on tp.touchpoint_id = t.id
            where t.id = any(?::bigint[])
            """;
    private static final String TOUCHPOINT_PAGE = """
            select t.id, t.payload::text, tp.profile_id
            from touchpoint t join touchpoint_profile tp on tp.touchpoint_id = t.id
            where t.id > ? order by t.id limit ?
            """;
    private static final String PROFILE_PAGE = """
            select id from profile where merged_into is null and id > ? order by id limit ?
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ProfileLoader profiles;

    ReadModelReader(JdbcTemplate jdbc, ObjectMapper json, Survivorship survivorship) {
        this.jdbc = jdbc;
        this.json = json;
        this.profiles = new ProfileLoader(jdbc, json, survivorship);
    }

    /** One touchpoint row whose payload may not be readable: a poison item rather than a batch failure. */
    record Row(long id, UUID profileId, String payload) {
    }

    /** Resolved touchpoints by id; ids not resolved (yet) are absent. */
    Map<Long, Row> touchpointRows(Collection<Long> ids) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.query(TOUCHPOINTS_BY_ID, rs -> {
            rows.put(rs.getLong(1), new Row(rs.getLong(1), rs.getObject(3, UUID.class), rs.getString(2)));
        }, (Object) ids.toArray(Long[]::new));
        return rows;
    }

    ResolvedTouchpoint resolved(Row row) {
        try {
            Touchpoint touchpoint = json.readValue(row.payload(), Touchpoint.class);
            return new ResolvedTouchpoint(row.id(), new ProfileId(row.profileId()), touchpoint);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new IdentityException("Stored payload of touchpoint " + row.id() + " is not readable", e);
        }
    }

    Map<ProfileId, CustomerProfile> liveProfiles(Collection<ProfileId> ids) {
        return profiles.loadLive(ids);
    }

    void forEachProfile(int batchSize, Consumer<List<CustomerProfile>> consumer) {
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: this is the least
        while (true) {
            List<ProfileId> ids = jdbc.query(PROFILE_PAGE, (rs, n) -> new ProfileId(rs.getObject(1, UUID.class)),
                    after, batchSize);
            if (ids.isEmpty()) {
                return;
            }
            Map<ProfileId, CustomerProfile> page = profiles.loadLive(ids);
            List<CustomerProfile> batch = ids.stream().map(page::get).filter(p -> p != null).toList();
            if (!batch.isEmpty()) {
                consumer.accept(batch);
            }
            after = ids.get(ids.size() - 1).value();
        }
    }

    void forEachResolvedTouchpoint(int batchSize, Consumer<List<ResolvedTouchpoint>> consumer) {
        long after = 0;
        while (true) {
            List<Row> rows = jdbc.query(TOUCHPOINT_PAGE,
                    (rs, n) -> new Row(rs.getLong(1), rs.getObject(3, UUID.class), rs.getString(2)), after, batchSize);
            if (rows.isEmpty()) {
                return;
            }
            List<ResolvedTouchpoint> batch = new ArrayList<>(rows.size());
            rows.forEach(row -> batch.add(resolved(row)));
            consumer.accept(batch);
            after = rows.get(rows.size() - 1).id();
        }
    }
}
