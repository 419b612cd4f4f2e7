package io.touchpointhub.identity.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.model.AccountRef;
import io.touchpointhub.identity.survivorship.Survivorship;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ProfileIdentifier;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Assembles {@link CustomerProfile} records for many profiles at once: three queries however many
 * profiles are asked for (rows, identifiers, merged ids). Used by the profile store, the index stage
 * and reindexing. The golden record is chosen here, from the candidates the summary keeps, so a change
 * of the survivorship rules shows on the next load of a profile.
 */
public final class ProfileLoader {

    private static final String PROFILES = """
            select p.id, p.first_seen, p.last_seen, p.summary::text, a.id, a.name from profile p
            left join account_profile ap on ap.profile_id = p.id
            left join account a on a.id = ap.account_id
            where p.id = any(?::uuid[]) and p.merged_into is null
            """;
    private static final String IDENTIFIERS = """
            select profile_id, id_type, id_value, sources, first_seen, last_seen, matchable
            from profile_identifier where profile_id = any(?::uuid[])
            order by profile_id, first_seen, id_type, id_value
            """;
    private static final String MERGED = """
            select merged_into, id from profile where merged_into = any(?::uuid[]) order by merged_at, id
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Survivorship survivorship;

    public ProfileLoader(JdbcTemplate jdbc, ObjectMapper json) {
        this(jdbc, json, Survivorship.defaults());
    }

    public ProfileLoader(JdbcTemplate jdbc, ObjectMapper json, Survivorship survivorship) {
        this.jdbc = jdbc;
        this.json = json;
        this.survivorship = survivorship;
    }

    /**
     * The live profiles among the ids, keyed by id; ids of merged or unknown profiles are absent.
     * Runs in the caller's transaction when there is one.
     */
    public Map<ProfileId, CustomerProfile> loadLive(Collection<ProfileId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] uuids = ids.stream().map(ProfileId::value).distinct().toArray(UUID[]::new);
        Map<UUID, List<ProfileIdentifier>> identifiers = new HashMap<>();
        jdbc.query(IDENTIFIERS, rs -> {
            identifiers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(identifier(rs));
        }, (Object) uuids);
        Map<UUID, List<ProfileId>> merged = new HashMap<>();
        jdbc.query(MERGED, rs -> {
            merged.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new ProfileId(rs.getObject(2, UUID.class)));
        }, (Object) uuids);
        Map<ProfileId, CustomerProfile> profiles = new LinkedHashMap<>();
        jdbc.query(PROFILES, rs -> {
            UUID id = rs.getObject(1, UUID.class);
            ProfileSummary summary = ProfileSummary.read(json, rs.getString(4),
                    Db.instant(rs.getTimestamp(2)), Db.instant(rs.getTimestamp(3)));
            profiles.put(new ProfileId(id), new CustomerProfile(new ProfileId(id),
                    identifiers.getOrDefault(id, List.of()), summary.names(), summary.counts(),
                    summary.sources(), summary.firstSeen(), summary.lastSeen(),
                    merged.getOrDefault(id, List.of()), summary.traits(), account(rs),
                    survivorship.golden(summary.attributes())));
        }, (Object) uuids);
        return profiles;
    }

    private static AccountRef account(ResultSet rs) throws SQLException {
        UUID account = rs.getObject(5, UUID.class);
        return account == null ? null : new AccountRef(account, rs.getString(6));
    }

    private static ProfileIdentifier identifier(ResultSet rs) throws SQLException {
        Identifier identifier = new Identifier(IdentifierType.fromWireName(rs.getString(2)), rs.getString(3));
        return new ProfileIdentifier(identifier, new HashSet<>(Arrays.asList(strings(rs.getArray(4)))),
                Db.instant(rs.getTimestamp(5)), Db.instant(rs.getTimestamp(6)), rs.getBoolean(7));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
