package io.touchpointhub.identity.resolve;

import io.touchpointhub.model.Identifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The part of the identity graph one batch can touch, read under its locks: the profiles linked to
 * the batch's identifiers (locked, live) and the links themselves. The resolver extends it in memory.
 */
final class GraphSnapshot {

    /** Profiles by id; ids of profiles merged before the batch map to their live survivor's node. */
    final Map<UUID, ProfileNode> nodes = new HashMap<>();
    /** Profiles an identifier can link, as nodes (follow {@link ProfileNode#live()}). */
    private final Map<Identifier, List<ProfileNode>> matchableLinks = new HashMap<>();
    /** How many profiles carry an identifier, matchable or not; at most the prefetch limit. */
    private final Map<Identifier, Set<ProfileNode>> allLinks = new HashMap<>();
    /** Identifiers that were already over the cap in the database (the prefetch stopped counting). */
    final Set<Identifier> overCapInStore = new HashSet<>();

    /** Pairs of profiles a cannot-link constraint keeps apart, as read (follow {@link ProfileNode#live()}). */
    private final List<ProfileNode[]> keptApart = new ArrayList<>();

    void keepApart(ProfileNode a, ProfileNode b) {
        keptApart.add(new ProfileNode[] {a, b});
    }

    /** Whether a constraint forbids merging the two live nodes, also after either absorbed others in this batch. */
    boolean keptApart(ProfileNode a, ProfileNode b) {
        for (ProfileNode[] pair : keptApart) {
            ProfileNode x = pair[0].live();
            ProfileNode y = pair[1].live();
            if ((x == a && y == b) || (x == b && y == a)) {
                return true;
            }
        }
        return false;
    }

    void link(Identifier identifier, ProfileNode node, boolean matchable) {
        allLinks.computeIfAbsent(identifier, k -> new LinkedHashSet<>()).add(node);
        if (matchable) {
            matchableLinks.computeIfAbsent(identifier, k -> new ArrayList<>()).add(node);
        }
    }

    /** Live profiles the identifier links, without duplicates, in the order they were linked. */
    Set<ProfileNode> linked(Identifier identifier) {
        Set<ProfileNode> live = new LinkedHashSet<>();
        for (ProfileNode node : matchableLinks.getOrDefault(identifier, List.of())) {
            live.add(node.live());
        }
        return live;
    }

    /** How many live profiles carry the identifier now. */
    int shareCount(Identifier identifier) {
        Set<ProfileNode> live = new HashSet<>();
        for (ProfileNode node : allLinks.getOrDefault(identifier, Set.of())) {
            live.add(node.live());
        }
        return live.size();
    }
}
