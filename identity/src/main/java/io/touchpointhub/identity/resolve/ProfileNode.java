package io.touchpointhub.identity.resolve;

import io.touchpointhub.identity.matching.MatchFields;
import io.touchpointhub.identity.profile.ProfileSummary;
import io.touchpointhub.model.IdentifierType;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A profile as one batch's resolution sees it: locked (or new), mutable until the batch is written. */
final class ProfileNode {

    /** Oldest first: stored before new, then by creation time; the id makes the order total. */
    static final Comparator<ProfileNode> AGE = Comparator.comparing((ProfileNode n) -> !n.existing)
            .thenComparing(n -> n.createdAt)
            .thenComparing(n -> n.id);

    final UUID id;
    final boolean existing;
    final Instant createdAt;
    final ProfileSummary summary;
    /** Values of the unique identifier types this profile holds (matchable ones only). */
    final Map<IdentifierType, Set<String>> uniques = new EnumMap<>(IdentifierType.class);
    /** Ids of the stored profiles folded into this node, itself included: what cannot-links name. */
    final Set<UUID> members = new HashSet<>();
    /** Ids of profiles a cannot-link keeps this node's members apart from (loaded when needed). */
    final Set<UUID> apart = new HashSet<>();
    /** The summary as stored when the batch read it (null for a new profile). */
    String storedSummary;
    /** What matching read of the stored summary, taken before the batch first changed it in a way matching sees. */
    MatchInput before;
    ProfileNode mergedInto;
    boolean touched;

    ProfileNode(UUID id, boolean existing, Instant createdAt, ProfileSummary summary) {
        this.id = id;
        this.existing = existing;
        this.createdAt = createdAt;
        this.summary = summary;
        this.members.add(id);
    }

    /** The names and the traits matching reads, as they were. */
    record MatchInput(List<String> names, Map<String, Object> traits) {
    }

    /** Remembers the matching input before a change (once: the first change sees the stored state). */
    void beforeMatchingChange() {
        if (existing && before == null) {
            before = new MatchInput(summary.names(), MatchFields.relevantTraits(summary.traits()));
        }
    }

    /** Takes in a merged node's members, constraints and unique ids. */
    void absorbConstraints(ProfileNode loser) {
        members.addAll(loser.members);
        apart.addAll(loser.apart);
        addUniques(loser.uniques);
    }

    /** Whether a cannot-link keeps the two (groups of) profiles apart. */
    static boolean keptApart(ProfileNode a, ProfileNode b) {
        return a.apart.stream().anyMatch(b.members::contains) || b.apart.stream().anyMatch(a.members::contains);
    }

    /** The node this one ended up in after the merges of the batch so far. */
    ProfileNode live() {
        ProfileNode node = this;
        while (node.mergedInto != null) {
            node = node.mergedInto;
        }
        return node;
    }

    void addUniques(Map<IdentifierType, Set<String>> values) {
        values.forEach((type, set) -> uniques.computeIfAbsent(type, t -> new HashSet<>()).addAll(set));
    }

    boolean holdsAny(Map<IdentifierType, Set<String>> values) {
        return values.entrySet().stream().anyMatch(e ->
                uniques.getOrDefault(e.getKey(), Set.of()).stream().anyMatch(e.getValue()::contains));
    }

    /** Two holders of a unique type conflict when each has values of it and they share none. */
    static boolean conflict(Map<IdentifierType, Set<String>> a, Map<IdentifierType, Set<String>> b) {
        for (Map.Entry<IdentifierType, Set<String>> e : a.entrySet()) {
            Set<String> other = b.get(e.getKey());
            if (!e.getValue().isEmpty() && other != null && !other.isEmpty()
                    && e.getValue().stream().noneMatch(other::contains)) {
                return true;
            }
        }
        return false;
    }

    Instant lastSeen() {
        return summary.lastSeen() == null ? Instant.EPOCH : summary.lastSeen();
    }
}
