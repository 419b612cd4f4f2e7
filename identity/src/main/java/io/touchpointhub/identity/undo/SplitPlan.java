package io.touchpointhub.identity.undo;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Which part of a split each profile merged into the live one goes to. A profile split off takes along
 * the profiles that had been merged into it before it was merged into the live one (its subtree in the
 * merge history), so splitting off one profile undoes exactly the merge that brought it in. No I/O.
 */
final class SplitPlan {

    private final UUID live;
    private final Set<UUID> parts;
    private final Map<UUID, UUID> partOfMember;

    private SplitPlan(UUID live, Set<UUID> parts, Map<UUID, UUID> partOfMember) {
        this.live = live;
        this.parts = parts;
        this.partOfMember = partOfMember;
    }

    /**
     * @param members profiles merged into {@code live} (merged_into = live)
     * @param parents for each member, the profile it was last merged into (merged_into is flattened,
     *                the history is not); a parent that is no longer a member counts as the live one
     * @param parts   the members to split off; every member when empty
     */
    static SplitPlan of(UUID live, Set<UUID> members, Map<UUID, UUID> parents, Collection<UUID> parts) {
        Set<UUID> split = new TreeSet<>(parts.isEmpty() ? members : parts);
        Map<UUID, UUID> partOf = new TreeMap<>();
        for (UUID member : members) {
            partOf.put(member, partOf(member, live, members, parents, split));
        }
        return new SplitPlan(live, split, partOf);
    }

    private static UUID partOf(UUID member, UUID live, Set<UUID> members, Map<UUID, UUID> parents, Set<UUID> split) {
        Set<UUID> seen = new HashSet<>();
        for (UUID node = member; node != null && members.contains(node) && seen.add(node); node = parents.get(node)) {
            if (split.contains(node)) {
                return node;
            }
        }
        return live;
    }

    /** The same split with some parts kept in the live profile (their members follow them up the tree). */
    SplitPlan without(Set<UUID> kept, Set<UUID> members, Map<UUID, UUID> parents) {
        Set<UUID> remaining = new LinkedHashSet<>(parts);
        remaining.removeAll(kept);
        return remaining.isEmpty() ? new SplitPlan(live, Set.of(), Map.of()) : of(live, members, parents, remaining);
    }

    /** The part a touchpoint goes to, by its origin: the live profile for an unknown or missing origin. */
    UUID partOf(UUID origin) {
        return origin == null ? live : partOfMember.getOrDefault(origin, live);
    }

    /** The profile a member points at after the split: null for a part itself (live again). */
    UUID mergedIntoAfter(UUID member) {
        UUID part = partOfMember.getOrDefault(member, live);
        return part.equals(member) ? null : part;
    }

    UUID live() {
        return live;
    }

    /** The profiles split off, live again afterwards. */
    Set<UUID> parts() {
        return parts;
    }

    /** The live profile and the parts: every profile that holds touchpoints after the split. */
    Set<UUID> all() {
        Set<UUID> all = new LinkedHashSet<>();
        all.add(live);
        all.addAll(parts);
        return all;
    }

    Map<UUID, UUID> partOfMember() {
        return partOfMember;
    }
}
