package io.touchpointhub.identity.resolve;

import io.touchpointhub.identity.matching.MatchFields;
import io.touchpointhub.identity.profile.ProfileSummary;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Deterministic resolution of one batch in memory, touchpoint by touchpoint in id order, against a
 * graph snapshot read under locks. No I/O: the result is a {@link ResolutionPlan}.
 *
 * <p>Rules: profiles linked by a touchpoint's usable identifiers are merged into the oldest; a profile
 * holding another value of a unique type (another user id) is never merged, and the touchpoint goes
 * to the candidate holding its own unique id, else to the most recently seen one; blocked identifiers
 * and identifiers shared by more than the cap are recorded but link nothing. Profiles a cannot-link
 * keeps apart (a rejected review, an unmerge) are never merged: an identifier they share is then simply
 * held by both, and the touchpoint goes to the preferred one as above.
 */
final class BatchResolver {

    static final String RULE = "shared-identifier";

    private final IdentityRules rules;
    private final GraphSnapshot graph;
    private final Instant now;
    private final List<ProfileNode> created = new ArrayList<>();
    private final List<ResolutionPlan.Merge> merges = new ArrayList<>();
    private final Map<Long, ProfileNode> assigned = new LinkedHashMap<>();
    private final Map<ResolutionPlan.LinkKey, ResolutionPlan.LinkSeen> links = new LinkedHashMap<>();
    private final Map<ProfileNode, Map<Identifier, ResolutionPlan.LinkSeen>> linksByNode = new HashMap<>();

    BatchResolver(IdentityRules rules, GraphSnapshot graph, Instant now) {
        this.rules = rules;
        this.graph = graph;
        this.now = now;
    }

    ResolutionPlan resolve(List<PendingTouchpoint> batch) {
        batch.forEach(this::resolve);
        return plan();
    }

    private void resolve(PendingTouchpoint touchpoint) {
        List<Identifier> usable = touchpoint.matchable().stream().filter(id -> !overCap(id)).toList();
        Map<IdentifierType, Set<String>> own = uniques(touchpoint.matchable());
        ProfileNode survivor = chooseAndMerge(touchpoint, usable, own);
        if (MatchFields.relevant(touchpoint.touchpoint().traits())) {
            survivor.beforeMatchingChange();
        }
        survivor.summary.add(touchpoint.touchpoint());
        survivor.addUniques(own);
        survivor.touched = true;
        assigned.put(touchpoint.id(), survivor);
        for (PendingTouchpoint.Normalised n : touchpoint.identifiers()) {
            boolean matchable = !n.blocked() && !overCap(n.identifier());
            record(survivor, n.identifier(), touchpoint, matchable);
            if (!n.blocked()) {
                graph.link(n.identifier(), survivor, matchable);
            }
        }
    }

    private boolean overCap(Identifier identifier) {
        return graph.overCapInStore.contains(identifier)
                || graph.shareCount(identifier) > rules.maxProfilesPerIdentifier();
    }

    private ProfileNode chooseAndMerge(PendingTouchpoint touchpoint, List<Identifier> usable,
                                       Map<IdentifierType, Set<String>> own) {
        Set<ProfileNode> candidates = new LinkedHashSet<>();
        usable.forEach(id -> candidates.addAll(graph.linked(id)));
        List<ProfileNode> group = mergeableGroup(candidates, own);
        if (group.isEmpty()) {
            ProfileNode node = new ProfileNode(UUID.randomUUID(), false, now, ProfileSummary.empty());
            created.add(node);
            return node;
        }
        ProfileNode survivor = group.stream().min(ProfileNode.AGE).orElseThrow();
        for (ProfileNode loser : group) {
            if (loser != survivor) {
                merge(loser, survivor, touchpoint, usable);
            }
        }
        return survivor;
    }

    /**
     * The candidates that can become one profile with the touchpoint: first the ones holding its own
     * unique ids, then the most recently seen, each taken while it adds no second value of a unique type
     * and no cannot-link constraint keeps it apart from one taken before.
     */
    private List<ProfileNode> mergeableGroup(Set<ProfileNode> candidates, Map<IdentifierType, Set<String>> own) {
        Comparator<ProfileNode> preference = Comparator.comparing((ProfileNode n) -> !n.holdsAny(own))
                .thenComparing(ProfileNode::lastSeen, Comparator.reverseOrder())
                .thenComparing(ProfileNode.AGE);
        Map<IdentifierType, Set<String>> held = copy(own);
        List<ProfileNode> group = new ArrayList<>();
        if (candidates.stream().filter(n -> n.existing).count() >= 2) {
            graph.ensureCannotLinks();
        }
        for (ProfileNode candidate : candidates.stream().sorted(preference).toList()) {
            if (!ProfileNode.conflict(candidate.uniques, held)
                    && group.stream().noneMatch(member -> ProfileNode.keptApart(member, candidate))) {
                group.add(candidate);
                candidate.uniques.forEach((t, v) -> held.computeIfAbsent(t, k -> new HashSet<>()).addAll(v));
            }
        }
        return group;
    }

    private void merge(ProfileNode loser, ProfileNode survivor, PendingTouchpoint touchpoint, List<Identifier> usable) {
        Identifier evidence = usable.stream().filter(id -> graph.linked(id).contains(loser)).findFirst()
                .orElse(usable.get(0));
        if (loser.existing) {
            merges.add(new ResolutionPlan.Merge(survivor.id, loser.id, touchpoint.id(), evidence, RULE, null));
        }
        // a profile created earlier in this batch was never visible to anyone: it is folded in silently
        survivor.beforeMatchingChange();
        survivor.summary.absorb(loser.summary);
        survivor.absorbConstraints(loser);
        survivor.touched = true;
        loser.mergedInto = survivor;
    }

    private void record(ProfileNode node, Identifier identifier, PendingTouchpoint touchpoint, boolean matchable) {
        String source = touchpoint.touchpoint().source();
        Instant at = touchpoint.touchpoint().occurredAt();
        linksByNode.computeIfAbsent(node, k -> new LinkedHashMap<>()).merge(identifier,
                new ResolutionPlan.LinkSeen(Set.of(source), at, at, matchable),
                (old, fresh) -> old.plus(source, at, matchable));
    }

    private Map<IdentifierType, Set<String>> uniques(List<Identifier> identifiers) {
        Map<IdentifierType, Set<String>> uniques = new EnumMap<>(IdentifierType.class);
        for (Identifier id : identifiers) {
            if (rules.isUnique(id.type())) {
                uniques.computeIfAbsent(id.type(), t -> new HashSet<>()).add(id.value());
            }
        }
        return uniques;
    }

    private static Map<IdentifierType, Set<String>> copy(Map<IdentifierType, Set<String>> values) {
        Map<IdentifierType, Set<String>> copy = new EnumMap<>(IdentifierType.class);
        values.forEach((t, v) -> copy.put(t, new HashSet<>(v)));
        return copy;
    }

    private ResolutionPlan plan() {
        Set<ProfileNode> all = new LinkedHashSet<>(graph.nodes.values());
        all.addAll(created);
        List<ProfileNode> live = all.stream().filter(n -> n.touched && n.mergedInto == null).toList();
        Map<UUID, UUID> mergedAway = new LinkedHashMap<>();
        all.stream().filter(n -> n.existing && n.mergedInto != null).forEach(n -> mergedAway.put(n.id, n.live().id));
        linksByNode.forEach((node, seen) -> seen.forEach((identifier, link) -> links.merge(
                new ResolutionPlan.LinkKey(node.live().id, identifier), link, BatchResolver::combine)));
        Map<Long, UUID> assignments = new LinkedHashMap<>();
        assigned.forEach((touchpointId, node) -> assignments.put(touchpointId, node.live().id));
        return new ResolutionPlan(live, mergedAway, merges, links, assignments);
    }

    private static ResolutionPlan.LinkSeen combine(ResolutionPlan.LinkSeen a, ResolutionPlan.LinkSeen b) {
        ResolutionPlan.LinkSeen combined = a;
        for (String source : b.sources()) {
            combined = combined.plus(source, b.firstSeen(), b.matchable());
        }
        return combined.plus(b.sources().iterator().next(), b.lastSeen(), b.matchable());
    }
}
