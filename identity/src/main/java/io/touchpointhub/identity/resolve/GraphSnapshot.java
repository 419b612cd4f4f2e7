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
    /** Loads the cannot-links among the snapshot's profiles into their nodes; run at most once. */
    Runnable cannotLinkLoader = () -> { };
    private boolean cannotLinksLoaded;

    /**
     * Cannot-links only matter when two stored profiles would merge, which few batches do: they are read
     * then, once, for every profile of the snapshot.
     */
    void ensureCannotLinks() {
        if (!cannotLinksLoaded) {
            cannotLinksLoaded = true;
            cannotLinkLoader.run();
        }
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
