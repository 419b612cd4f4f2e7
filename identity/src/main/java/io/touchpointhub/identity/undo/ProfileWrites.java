package io.touchpointhub.identity.undo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.account.AccountLinker;
import io.touchpointhub.identity.pipeline.IndexQueue;
import io.touchpointhub.identity.profile.MergeRecord;
import io.touchpointhub.identity.profile.ProfileSummary;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.model.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The statements of profile edits; they run inside the edit's transaction, under {@link ProfileRows}' locks. */
final class ProfileWrites {

    private static final String REPOINT = """
            update profile p set merged_into = u.target, updated_at = now(),
                merged_at = case when u.target is null then null else p.merged_at end
            from unnest(?::uuid[], ?::uuid[]) u(id, target)
            where p.id = u.id
            """;
    private static final String SAVE_SUMMARY = """
            update profile set summary = ?::json, first_seen = ?::timestamptz, last_seen = ?::timestamptz,
                updated_at = now()
            where id = ?
            """;
    private static final String INSERT_LINK = """
            insert into profile_identifier (profile_id, id_type, id_value, matchable, sources, first_seen, last_seen)
            values (?, ?, ?, ?, ?::text[], ?::timestamptz, ?::timestamptz)
            """;
    private static final String MOVE_TOUCHPOINTS = """
            update touchpoint_profile tp set profile_id = u.p
            from unnest(?::bigint[], ?::uuid[]) u(t, p)
            where tp.touchpoint_id = u.t and tp.profile_id <> u.p
            returning tp.touchpoint_id
            """;
    private static final String AUDIT = """
            insert into profile_merge (survivor_id, merged_id, touchpoint_id, id_type, id_value, rule, operation, note)
            values (?, ?, null, ?, ?, ?, ?, ?)
            """;
    /* As the identity stage merges: also re-points profiles merged earlier into the loser (one hop). */
    private static final String MARK_MERGED = """
            update profile set merged_into = ?, merged_at = coalesce(merged_at, now()), updated_at = now()
            where id = ? or merged_into = ?
            """;
    private static final String MOVE_LINKS = """
            insert into profile_identifier (profile_id, id_type, id_value, matchable, sources, first_seen, last_seen)
            select ?, id_type, id_value, matchable, sources, first_seen, last_seen
            from profile_identifier where profile_id = ?
            on conflict (id_type, id_value, profile_id) do update set
                matchable = profile_identifier.matchable and excluded.matchable,
                sources = (select array_agg(distinct s order by s)
                           from unnest(profile_identifier.sources || excluded.sources) s),
                first_seen = least(profile_identifier.first_seen, excluded.first_seen),
                last_seen = greatest(profile_identifier.last_seen, excluded.last_seen)
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ProfileWrites(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Sets merged_into of each profile: null revives it. */
    void repoint(Map<UUID, UUID> mergedInto) {
        if (mergedInto.isEmpty()) {
            return;
        }
        List<UUID> ids = new ArrayList<>(mergedInto.keySet());
        jdbc.update(REPOINT, ids.toArray(UUID[]::new), ids.stream().map(mergedInto::get).toArray(UUID[]::new));
    }

    void saveSummary(UUID profile, ProfileSummary summary) {
        jdbc.update(SAVE_SUMMARY, summary.write(json), Db.text(summary.firstSeen()), Db.text(summary.lastSeen()),
                profile);
    }

    /** Replaces every identifier row of the profiles with the rebuilt ones. */
    void replaceLinks(Map<UUID, List<PartBuilder.Link>> links) {
        jdbc.update("delete from profile_identifier where profile_id = any(?::uuid[])",
                (Object) links.keySet().toArray(UUID[]::new));
        List<Object[]> rows = new ArrayList<>();
        links.forEach((profile, list) -> list.forEach(link -> rows.add(new Object[] {profile,
                link.identifier().type().wireName(), link.identifier().value(), link.matchable(),
                link.sources().toArray(String[]::new),
                Db.text(link.firstSeen()), Db.text(link.lastSeen())})));
        jdbc.batchUpdate(INSERT_LINK, rows);
    }

    /** @return the touchpoints whose profile changed */
    List<Long> moveTouchpoints(Map<Long, UUID> profileOf) {
        if (profileOf.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(profileOf.keySet());
        return jdbc.queryForList(MOVE_TOUCHPOINTS, Long.class, ids.toArray(Long[]::new),
                ids.stream().map(profileOf::get).toArray(UUID[]::new));
    }

    void audit(UUID survivor, UUID merged, Identifier evidence, String rule, String operation, String note) {
        jdbc.update(AUDIT, survivor, merged, evidence == null ? null : evidence.type().wireName(),
                evidence == null ? null : evidence.value(), rule, operation, note);
    }

    /**
     * Merges {@code loser} into {@code survivor} as the identity stage would: marks it, moves its
     * identifiers and touchpoints, folds its summary in, audits and queues the read-model work.
     *
     * @return the touchpoints moved
     */
    List<Long> merge(ProfileRows.Profile survivor, ProfileRows.Profile loser, Identifier evidence, String rule,
                     String note) {
        jdbc.update(MARK_MERGED, survivor.id(), loser.id(), loser.id());
        audit(survivor.id(), loser.id(), evidence, rule, MergeRecord.MERGE, note);
        jdbc.update(MOVE_LINKS, survivor.id(), loser.id());
        jdbc.update("delete from profile_identifier where profile_id = ?", loser.id());
        List<Long> moved = jdbc.queryForList(
                "update touchpoint_profile set profile_id = ? where profile_id = ? returning touchpoint_id",
                Long.class, survivor.id(), loser.id());
        survivor.summary().absorb(loser.summary());
        saveSummary(survivor.id(), survivor.summary());
        AccountLinker.followMerges(jdbc, Map.of(loser.id(), survivor.id()));
        IndexQueue.enqueue(jdbc, List.of(), moved, List.of(survivor.id()), List.of(loser.id()));
        return moved;
    }
}
