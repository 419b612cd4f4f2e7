package io.touchpointhub.identity.resolve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.IdentityException;
import io.touchpointhub.identity.match.PairScore;
import io.touchpointhub.identity.matching.MatchWeights;
import io.touchpointhub.identity.matching.MatchingSettings;
import io.touchpointhub.identity.matching.ProfileAttributes;
import io.touchpointhub.identity.matching.ReviewQueue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Decides, pair by pair, which locked profiles merge and which pairs go to review. Each pair is weighed
 * on the two profiles' own attributes, never on what a merge earlier in the same step gave them; a merge
 * must also pass the guards: no cannot-link, no two different values of a unique identifier, no pair
 * across the joining groups weighing below the conflict weight (chaining), and the cluster size cap. A
 * pair that scores a match but fails a guard other than a cannot-link goes to review.
 */
final class MatchDecisions {

    static final String RULE = "probabilistic";

    private final MatchingSettings settings;
    private final MatchWeights weights;
    private final ObjectMapper json;
    private final Map<UUID, ProfileNode> nodes;
    private final Supplier<Map<UUID, Integer>> storedSizes;
    private final Map<UUID, ProfileAttributes> attributes = new HashMap<>();
    /** Per live node the profiles of this step it now holds, for the chaining guard. */
    private final Map<ProfileNode, List<UUID>> groups = new HashMap<>();
    private final Map<ProfileNode, Integer> sizes = new HashMap<>();
    private final Set<Set<UUID>> seen = new HashSet<>();
    private final List<ResolutionPlan.Merge> merges = new ArrayList<>();
    private final Map<Set<UUID>, ReviewQueue.Pair> reviews = new LinkedHashMap<>();

    MatchDecisions(MatchingSettings settings, MatchWeights weights, ObjectMapper json, Map<UUID, ProfileNode> nodes,
                   Supplier<Map<UUID, Integer>> storedSizes) {
        this.settings = settings;
        this.weights = weights;
        this.json = json;
        this.nodes = nodes;
        this.storedSizes = storedSizes;
        nodes.forEach((id, node) -> {
            attributes.put(id, ProbabilisticMatcher.attributes(node.summary));
            groups.put(node, new ArrayList<>(List.of(id)));
        });
    }

    /** Weighs a changed profile against one candidate and decides. */
    void consider(UUID profile, UUID candidate, Long touchpointId) {
        ProfileNode a = nodes.get(profile);
        ProfileNode b = nodes.get(candidate);
        if (a == null || b == null || a.live() == b.live() || !seen.add(Set.of(profile, candidate))) {
            return;
        }
        ProfileNode left = a.live();
        ProfileNode right = b.live();
        if (ProfileNode.keptApart(left, right) || ProfileNode.conflict(left.uniques, right.uniques)) {
            return;
        }
        PairScore score = weights.score(attributes.get(profile), attributes.get(candidate));
        if (score.weight() < settings.lowerThreshold()) {
            return;
        }
        String evidence = evidence(score, RULE);
        if (score.weight() >= settings.upperThreshold() && guardsAllow(left, right)) {
            merge(left, right, touchpointId, evidence);
        } else {
            reviews.put(Set.of(profile, candidate), new ReviewQueue.Pair(profile, candidate, score.weight(), evidence));
        }
    }

    private boolean guardsAllow(ProfileNode left, ProfileNode right) {
        if (size(left) + size(right) > settings.maxClusterSize()) {
            return false;
        }
        for (UUID x : groups.get(left)) {
            for (UUID y : groups.get(right)) {
                if (weights.weight(attributes.get(x), attributes.get(y)) < settings.conflictWeight()) {
                    return false;
                }
            }
        }
        return true;
    }

    private int size(ProfileNode node) {
        if (sizes.isEmpty()) {
            Map<UUID, Integer> stored = storedSizes.get();
            nodes.forEach((id, n) -> sizes.put(n, stored.getOrDefault(id, 1)));
        }
        return sizes.get(node);
    }

    private void merge(ProfileNode left, ProfileNode right, Long touchpointId, String evidence) {
        ProfileNode survivor = ProfileNode.AGE.compare(left, right) <= 0 ? left : right;
        ProfileNode loser = survivor == left ? right : left;
        merges.add(new ResolutionPlan.Merge(survivor.id, loser.id, touchpointId, null, RULE, evidence));
        survivor.summary.absorb(loser.summary);
        survivor.absorbConstraints(loser);
        survivor.touched = true;
        loser.mergedInto = survivor;
        groups.get(survivor).addAll(groups.remove(loser));
        sizes.put(survivor, sizes.get(survivor) + sizes.remove(loser));
    }

    List<ResolutionPlan.Merge> merges() {
        return merges;
    }

    /** Review pairs still between two different profiles after the step's merges, as live ids. */
    List<ReviewQueue.Pair> reviews() {
        List<ReviewQueue.Pair> open = new ArrayList<>();
        for (ReviewQueue.Pair pair : reviews.values()) {
            ProfileNode a = nodes.get(pair.first()).live();
            ProfileNode b = nodes.get(pair.second()).live();
            if (a != b) {
                open.add(new ReviewQueue.Pair(a.id, b.id, pair.weight(), pair.evidence()));
            }
        }
        return open;
    }

    /** The merges as a plan for {@link GraphWriter}: survivors with their combined summaries, no new links. */
    ResolutionPlan plan() {
        Set<ProfileNode> survivors = new LinkedHashSet<>();
        Map<UUID, UUID> mergedAway = new LinkedHashMap<>();
        for (ProfileNode node : nodes.values()) {
            if (node.mergedInto != null) {
                survivors.add(node.live());
                mergedAway.put(node.id, node.live().id);
            }
        }
        return new ResolutionPlan(List.copyOf(survivors), mergedAway, merges, Map.of(), Map.of());
    }

    /** The evidence of a score as stored with a merge or a review item. */
    String evidence(PairScore score, String rule) {
        return evidence(json, score, rule, weights.origin());
    }

    static String evidence(ObjectMapper json, PairScore score, String rule, String model) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("rule", rule);
        evidence.put("weight", score.weight());
        evidence.put("model", model);
        evidence.put("fields", score.evidence());
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IdentityException("Match evidence cannot be written as JSON", e);
        }
    }
}
