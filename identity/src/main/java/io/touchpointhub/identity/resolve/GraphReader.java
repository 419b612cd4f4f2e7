package io.touchpointhub.identity.resolve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.profile.ProfileSummary;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the slice of the identity graph a batch needs, taking the locks that make concurrent batches
 * safe: first a transaction advisory lock per identifier (so two batches can never both decide that an
 * identifier is new and create two profiles), then the linked profile rows, following merges made by
 * batches that committed in between.
 */
final class GraphReader {

    /* The limit keeps a hugely shared identifier (an office switchboard) from loading its thousands of links. */
    private static final String LINKS = """
            select k.t, k.v, l.profile_id, l.matchable
            from unnest(?::text[], ?::text[]) k(t, v)
            cross join lateral (
                select profile_id, matchable from profile_identifier pi
                where pi.id_type = k.t and pi.id_value = k.v limit ?) l
            """;
    static final String UNIQUES = """
            select profile_id, id_type, id_value from profile_identifier
            where profile_id = any(?::uuid[]) and id_type = any(?::text[]) and matchable
            """;

    private record Link(Identifier identifier, UUID profileId, boolean matchable) {
    }

    private record ProfileRow(UUID id, UUID mergedInto, ProfileNode node) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final IdentityRules rules;

    GraphReader(JdbcTemplate jdbc, ObjectMapper json, IdentityRules rules) {
        this.jdbc = jdbc;
        this.json = json;
        this.rules = rules;
    }

    GraphSnapshot read(Collection<Identifier> matchable) {
        GraphSnapshot graph = new GraphSnapshot();
        if (matchable.isEmpty()) {
            return graph;
        }
        List<Identifier> keys = List.copyOf(matchable);
        IdentityLocks.lockIdentifiers(jdbc, keys);
        List<Link> links = links(keys, graph);
        Set<UUID> profileIds = new HashSet<>();
        links.forEach(l -> profileIds.add(l.profileId()));
        lockProfiles(profileIds, graph);
        links.forEach(l -> graph.link(l.identifier(), graph.nodes.get(l.profileId()), l.matchable()));
        loadUniques(graph);
        return graph;
    }

    private List<Link> links(List<Identifier> keys, GraphSnapshot graph) {
        int limit = rules.maxProfilesPerIdentifier() + 1;
        Map<Identifier, List<Link>> byIdentifier = new HashMap<>();
        jdbc.query(LINKS, rs -> {
            Identifier id = new Identifier(IdentifierType.fromWireName(rs.getString(1)), rs.getString(2));
            byIdentifier.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Link(id, rs.getObject(3, UUID.class), rs.getBoolean(4)));
        }, keys.stream().map(id -> id.type().wireName()).toArray(String[]::new),
                keys.stream().map(Identifier::value).toArray(String[]::new), limit);
        List<Link> links = new ArrayList<>();
        byIdentifier.forEach((id, list) -> {
            if (list.size() >= limit) {
                graph.overCapInStore.add(id); // shared too widely to link: no need to lock its profiles
            } else {
                links.addAll(list);
            }
        });
        return links;
    }

    /** Locks the profiles and, for any merged meanwhile, their survivors: each id then maps to a live node. */
    private void lockProfiles(Set<UUID> ids, GraphSnapshot graph) {
        Map<UUID, ProfileRow> rows = new HashMap<>();
        Set<UUID> pending = ids;
        while (!pending.isEmpty()) {
            Set<UUID> next = new HashSet<>();
            jdbc.query(IdentityLocks.LOCK_AND_READ_PROFILES, rs -> {
                UUID id = rs.getObject(1, UUID.class);
                UUID mergedInto = rs.getObject(2, UUID.class);
                ProfileNode node = mergedInto != null ? null : new ProfileNode(id, true,
                        rs.getTimestamp(3).toInstant(), ProfileSummary.read(json, rs.getString(6),
                        Db.instant(rs.getTimestamp(4)), Db.instant(rs.getTimestamp(5))));
                if (node != null) {
                    node.storedSummary = rs.getString(6);
                }
                rows.put(id, new ProfileRow(id, mergedInto, node));
                if (mergedInto != null && !rows.containsKey(mergedInto)) {
                    next.add(mergedInto);
                }
            }, (Object) pending.toArray(UUID[]::new));
            next.removeAll(rows.keySet());
            pending = next;
        }
        rows.values().forEach(row -> graph.nodes.put(row.id(), liveNode(row, rows)));
        graph.cannotLinkLoader = () -> {
            Map<UUID, ProfileNode> live = new HashMap<>();
            graph.nodes.values().forEach(n -> live.put(n.id, n));
            CannotLinkPairs.load(jdbc, live);
        };
    }

    private static ProfileNode liveNode(ProfileRow row, Map<UUID, ProfileRow> rows) {
        ProfileRow current = row;
        for (int hops = 0; current.node() == null; hops++) {
            if (hops > rows.size()) {
                throw new IllegalStateException("merged_into cycle at profile " + row.id());
            }
            current = rows.get(current.mergedInto());
        }
        return current.node();
    }

    private void loadUniques(GraphSnapshot graph) {
        if (graph.nodes.isEmpty() || rules.uniqueTypes().isEmpty()) {
            return;
        }
        Map<UUID, ProfileNode> live = new HashMap<>();
        graph.nodes.values().forEach(n -> live.put(n.id, n));
        jdbc.query(UNIQUES, rs -> {
            ProfileNode node = live.get(rs.getObject(1, UUID.class));
            node.uniques.computeIfAbsent(IdentifierType.fromWireName(rs.getString(2)), t -> new HashSet<>())
                    .add(rs.getString(3));
        }, live.keySet().toArray(UUID[]::new),
                rules.uniqueTypes().stream().map(IdentifierType::wireName).toArray(String[]::new));
    }
}
