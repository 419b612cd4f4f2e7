package io.touchpointhub.identity.resolve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.pipeline.IndexQueue;
import io.touchpointhub.identity.support.Db;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a {@link ResolutionPlan} with one statement per kind of change, whatever the batch size:
 * rows travel as parallel arrays through {@code unnest}. Runs inside the batch's transaction, after
 * {@link GraphReader} locked every profile it changes.
 */
final class GraphWriter {

    private static final String SEPARATOR = "\u001f"; // sources travel joined: unnest cannot carry arrays

    private static final String UPSERT_PROFILES = """
            insert into profile (id, created_at, updated_at, first_seen, last_seen, summary)
            select u.id, u.created_at, now(), u.first_seen, u.last_seen, u.summary::json
            from unnest(?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::text[])
                as u(id, created_at, first_seen, last_seen, summary)
            on conflict (id) do update set updated_at = now(), first_seen = excluded.first_seen,
                last_seen = excluded.last_seen, summary = excluded.summary
            """;
    /* Also re-points profiles merged earlier into a loser, so that one hop always reaches the live one. */
    private static final String MARK_MERGED = """
            update profile p set merged_into = m.survivor, merged_at = coalesce(p.merged_at, now()),
                updated_at = now()
            from unnest(?::uuid[], ?::uuid[]) m(loser, survivor)
            where p.id = m.loser or p.merged_into = m.loser
            """;
    private static final String AUDIT = """
            insert into profile_merge (survivor_id, merged_id, touchpoint_id, id_type, id_value, rule, evidence)
            select s, m, t, it, iv, r, e::json
            from unnest(?::uuid[], ?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
                as u(s, m, t, it, iv, r, e)
            """;
    /*
     * Most touchpoints repeat identifiers their profile already holds, from a known source and within
     * the seen interval: such a link is left as it is rather than rewritten unchanged (a new row version
     * and its WAL), and known sources are not merged again.
     */
    private static final String LINK_CONFLICT = """
            on conflict (id_type, id_value, profile_id) do update set
                matchable = profile_identifier.matchable and excluded.matchable,
                sources = case when excluded.sources <@ profile_identifier.sources then profile_identifier.sources
                               else (select array_agg(distinct s order by s)
                                     from unnest(profile_identifier.sources || excluded.sources) s) end,
                first_seen = least(profile_identifier.first_seen, excluded.first_seen),
                last_seen = greatest(profile_identifier.last_seen, excluded.last_seen)
            where not (excluded.sources <@ profile_identifier.sources
                       and excluded.first_seen >= profile_identifier.first_seen
                       and excluded.last_seen <= profile_identifier.last_seen
                       and (excluded.matchable or not profile_identifier.matchable))
            """;
    private static final String MOVE_LINKS = """
            insert into profile_identifier (profile_id, id_type, id_value, matchable, sources, first_seen, last_seen)
            select m.survivor, pi.id_type, pi.id_value, bool_and(pi.matchable),
                   array_remove(array_agg(distinct src), null), min(pi.first_seen), max(pi.last_seen)
            from profile_identifier pi
            join unnest(?::uuid[], ?::uuid[]) m(loser, survivor) on pi.profile_id = m.loser
            left join lateral unnest(pi.sources) src on true
            group by m.survivor, pi.id_type, pi.id_value
            """ + LINK_CONFLICT;
    private static final String MOVE_TOUCHPOINTS = """
            update touchpoint_profile tp set profile_id = m.survivor
            from unnest(?::uuid[], ?::uuid[]) m(loser, survivor)
            where tp.profile_id = m.loser
            returning tp.touchpoint_id
            """;
    private static final String UPSERT_LINKS = """
            insert into profile_identifier (profile_id, id_type, id_value, matchable, sources, first_seen, last_seen)
            select u.p, u.t, u.v, u.m, string_to_array(u.s, chr(31)), u.f, u.l
            from unnest(?::uuid[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::timestamptz[], ?::timestamptz[])
                as u(p, t, v, m, s, f, l)
            """ + LINK_CONFLICT;
    /* The first profile is also the origin: merges move profile_id, never the origin (see unmerge). */
    private static final String ASSIGN = """
            insert into touchpoint_profile (touchpoint_id, profile_id, origin_profile_id)
            select u.t, u.p, u.p from unnest(?::bigint[], ?::uuid[]) u(t, p)
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    GraphWriter(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void write(ResolutionPlan plan) {
        upsertProfiles(plan.profiles());
        List<Long> moved = plan.mergedAway().isEmpty() ? List.of() : mergeAway(plan);
        upsertLinks(plan.links());
        jdbc.update(ASSIGN, plan.assignments().keySet().toArray(Long[]::new),
                plan.assignments().values().toArray(UUID[]::new));
        IndexQueue.enqueue(jdbc, plan.assignments().keySet(), moved, plan.profiles().stream().map(n -> n.id).toList(),
                plan.mergedAway().keySet());
    }

    private void upsertProfiles(List<ProfileNode> profiles) {
        if (profiles.isEmpty()) {
            return;
        }
        jdbc.update(UPSERT_PROFILES, profiles.stream().map(n -> n.id).toArray(UUID[]::new),
                profiles.stream().map(n -> Db.text(n.createdAt)).toArray(String[]::new),
                profiles.stream().map(n -> Db.text(n.summary.firstSeen())).toArray(String[]::new),
                profiles.stream().map(n -> Db.text(n.summary.lastSeen())).toArray(String[]::new),
                profiles.stream().map(n -> n.summary.write(json)).toArray(String[]::new));
    }

    /** Marks the losers, writes the audit, and moves their identifiers and touchpoints to the survivors. */
    private List<Long> mergeAway(ResolutionPlan plan) {
        UUID[] losers = plan.mergedAway().keySet().toArray(UUID[]::new);
        UUID[] survivors = plan.mergedAway().values().toArray(UUID[]::new);
        jdbc.update(MARK_MERGED, losers, survivors);
        List<ResolutionPlan.Merge> merges = plan.merges();
        jdbc.update(AUDIT, merges.stream().map(ResolutionPlan.Merge::survivor).toArray(UUID[]::new),
                merges.stream().map(ResolutionPlan.Merge::merged).toArray(UUID[]::new),
                merges.stream().map(ResolutionPlan.Merge::touchpointId).toArray(Long[]::new),
                merges.stream().map(m -> m.identifier() == null ? null : m.identifier().type().wireName())
                        .toArray(String[]::new),
                merges.stream().map(m -> m.identifier() == null ? null : m.identifier().value()).toArray(String[]::new),
                merges.stream().map(ResolutionPlan.Merge::rule).toArray(String[]::new),
                merges.stream().map(ResolutionPlan.Merge::evidence).toArray(String[]::new));
        jdbc.update(MOVE_LINKS, losers, survivors);
        jdbc.update("delete from profile_identifier where profile_id = any(?::uuid[])", (Object) losers);
        return jdbc.queryForList(MOVE_TOUCHPOINTS, Long.class, losers, survivors);
    }

    private void upsertLinks(Map<ResolutionPlan.LinkKey, ResolutionPlan.LinkSeen> links) {
        if (links.isEmpty()) {
            return;
        }
        int n = links.size();
        UUID[] profiles = new UUID[n];
        String[] types = new String[n];
        String[] values = new String[n];
        Boolean[] matchable = new Boolean[n];
        String[] sources = new String[n];
        String[] first = new String[n];
        String[] last = new String[n];
        int i = 0;
        for (Map.Entry<ResolutionPlan.LinkKey, ResolutionPlan.LinkSeen> e : links.entrySet()) {
            profiles[i] = e.getKey().profileId();
            types[i] = e.getKey().identifier().type().wireName();
            values[i] = e.getKey().identifier().value();
            matchable[i] = e.getValue().matchable();
            sources[i] = String.join(SEPARATOR, e.getValue().sources());
            first[i] = Db.text(e.getValue().firstSeen());
            last[i] = Db.text(e.getValue().lastSeen());
            i++;
        }
        jdbc.update(UPSERT_LINKS, profiles, types, values, matchable, sources, first, last);
    }
}
