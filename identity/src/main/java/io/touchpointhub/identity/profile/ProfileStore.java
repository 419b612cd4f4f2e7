package io.touchpointhub.identity.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.IdentityException;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.identity.survivorship.Survivorship;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.ProfileId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Profiles as the system of record knows them, for the 360° view and for operators. Ids of merged
 * profiles keep working: they resolve to the profile they were merged into.
 */
public final class ProfileStore {

    /** merged_into is flattened on every merge, so chains are short; the bound only stops a cycle. */
    private static final String RESOLVE = """
            with recursive chain(id, merged_into, depth) as (
                select id, merged_into, 0 from profile where id = ?
                union all
                select p.id, p.merged_into, c.depth + 1 from profile p join chain c on p.id = c.merged_into
                where c.depth < 64
            )
            select id from chain where merged_into is null
            """;
    /* Either side: a profile split off another keeps seeing the merge it was undone from, and the unmerge. */
    private static final String MERGES = """
            with member as (select ?::uuid as id union select id from profile where merged_into = ?)
            select id, survivor_id, merged_id, touchpoint_id, id_type, id_value, rule, merged_at, operation, note,
                   evidence::text
            from profile_merge
            where survivor_id in (select id from member) or merged_id in (select id from member)
            order by merged_at, id
            """;

    private static final TypeReference<Map<String, Object>> EVIDENCE =
            new TypeReference<>() { };

    private final Db db;
    private final ObjectMapper json;
    private final ProfileLoader loader;

    public ProfileStore(DataSource dataSource) {
        this(dataSource, Json.defaultMapper());
    }

    public ProfileStore(DataSource dataSource, ObjectMapper objectMapper) {
        this(dataSource, objectMapper, Survivorship.defaults());
    }

    public ProfileStore(DataSource dataSource, ObjectMapper objectMapper, Survivorship survivorship) {
        this.db = new Db(dataSource);
        this.json = Json.configure(objectMapper);
        this.loader = new ProfileLoader(db.jdbc(), json, survivorship);
    }

    /** The live profile this id is, or was merged into; empty for an unknown id. */
    public Optional<ProfileId> resolveLive(ProfileId id) {
        return db.jdbc().queryForList(RESOLVE, UUID.class, id.value()).stream().findFirst().map(ProfileId::new);
    }

    /**
     * The live profile for this id, following merges: asking for a merged profile's id gives its
     * survivor, whose {@link CustomerProfile#id()} tells the caller so.
     */
    public Optional<CustomerProfile> find(ProfileId id) {
        return db.inTransaction(() -> resolveLive(id)
                .map(live -> loader.loadLive(List.of(live)).get(live)));
    }

    /**
     * The history of merges and unmerges this profile took part in, on either side, including those of
     * profiles that were merged into it, oldest first. Pass the live id (see {@link #resolveLive}).
     */
    public List<MergeRecord> merges(ProfileId id) {
        return db.jdbc().query(MERGES, (rs, n) -> new MergeRecord(rs.getLong(1),
                new ProfileId(rs.getObject(2, UUID.class)), new ProfileId(rs.getObject(3, UUID.class)),
                rs.getObject(4, Long.class),
                rs.getString(5) == null ? null : new Identifier(IdentifierType.fromWireName(rs.getString(5)), rs.getString(6)),
                rs.getString(7), Db.instant(rs.getTimestamp(8)), rs.getString(9), rs.getString(10),
                evidence(rs.getString(11))), id.value(), id.value());
    }

    private Map<String, Object> evidence(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, EVIDENCE);
        } catch (JsonProcessingException e) {
            throw new IdentityException("Stored merge evidence is not readable", e);
        }
    }

    /** How many unique customers the hub knows. */
    public long liveProfileCount() {
        Long count = db.jdbc().queryForObject("select count(*) from profile where merged_into is null", Long.class);
        return count == null ? 0 : count;
    }
}
