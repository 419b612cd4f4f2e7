package io.touchpointhub.identity.resolve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.matching.BlockingIndex;
import io.touchpointhub.identity.matching.BlockingKeys;
import io.touchpointhub.identity.matching.MatchFields;
import io.touchpointhub.identity.matching.MatchWeights;
import io.touchpointhub.identity.matching.MatchingSettings;
import io.touchpointhub.identity.matching.ProfileAttributes;
import io.touchpointhub.identity.matching.ReviewQueue;
import io.touchpointhub.identity.profile.ProfileSummary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Incremental probabilistic matching, run in the identify batch's transaction after the deterministic
 * resolution was written: each profile whose matching attributes changed (a touchpoint brought names,
 * an address, a birth date ... or a merge did) is compared with the profiles sharing a blocking key,
 * and merged with those weighing at least the upper threshold, or queued for review from the lower
 * one. A batch none of whose touchpoints carries such traits, and that merged nothing, costs nothing.
 */
final class ProbabilisticMatcher {

    private static final String READ_LIVE =
            "select id, summary::text from profile where id = any(?::uuid[]) and merged_into is null";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final MatchingSettings settings;
    private final Supplier<MatchWeights> weights;
    private final BlockingIndex index;
    private final ReviewQueue reviews;
    private final ProfileRows rows;
    private final GraphWriter writer;

    ProbabilisticMatcher(JdbcTemplate jdbc, ObjectMapper json, IdentityRules rules, MatchingSettings settings,
                         Supplier<MatchWeights> weights, GraphWriter writer) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
        this.weights = weights;
        this.index = new BlockingIndex(jdbc);
        this.reviews = new ReviewQueue(jdbc);
        this.rows = new ProfileRows(jdbc, json, rules);
        this.writer = writer;
    }

    /** @return the profiles it merged away, each to the live profile it was merged into */
    Map<UUID, UUID> afterBatch(List<PendingTouchpoint> pending, ResolutionPlan plan) {
        Map<UUID, Long> triggers = triggers(pending, plan);
        if (triggers.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ProfileAttributes> changed = changed(triggers.keySet(), plan);
        if (changed.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Set<Long>> keys = new LinkedHashMap<>();
        changed.forEach((id, attributes) -> keys.put(id, BlockingKeys.of(attributes)));
        Set<Long> all = new HashSet<>();
        keys.values().forEach(all::addAll);
        index.lock(all);
        index.replace(keys);
        Map<Long, List<UUID>> holders = index.holders(all, settings.maxBlockSize());
        Map<UUID, List<UUID>> candidates = new LinkedHashMap<>();
        keys.forEach((id, own) -> {
            List<UUID> found = BlockingIndex.candidates(id, own, holders, settings.maxCandidates());
            if (!found.isEmpty()) {
                candidates.put(id, found);
            }
        });
        Map<UUID, List<UUID>> plausible = plausible(candidates, changed);
        return plausible.isEmpty() ? Map.of() : compare(plausible, triggers);
    }

    /*
     * Most candidates share a key and little else. They are weighed first on an unlocked read, and only
     * pairs reaching the lower threshold are locked, checked against the guards and weighed again on the
     * locked rows: a batch whose candidates all fall short pays one read, not the locks.
     */
    private Map<UUID, List<UUID>> plausible(Map<UUID, List<UUID>> candidates, Map<UUID, ProfileAttributes> changed) {
        Set<UUID> unknown = new HashSet<>();
        candidates.values().forEach(unknown::addAll);
        unknown.removeAll(changed.keySet());
        Map<UUID, ProfileAttributes> known = new HashMap<>(changed);
        if (!unknown.isEmpty()) {
            jdbc.query(READ_LIVE, rs -> {
                known.put(rs.getObject(1, UUID.class),
                        attributes(ProfileSummary.read(json, rs.getString(2), null, null)));
            }, (Object) unknown.toArray(UUID[]::new));
        }
        MatchWeights current = weights.get();
        Map<UUID, List<UUID>> plausible = new LinkedHashMap<>();
        candidates.forEach((id, found) -> {
            List<UUID> kept = found.stream().filter(known::containsKey)
                    .filter(other -> current.weight(known.get(id), known.get(other)) >= settings.lowerThreshold())
                    .toList();
            if (!kept.isEmpty()) {
                plausible.put(id, kept);
            }
        });
        return plausible;
    }

    /** Profiles to match, each with the touchpoint that brought new traits (null when a merge did). */
    private Map<UUID, Long> triggers(List<PendingTouchpoint> pending, ResolutionPlan plan) {
        Map<UUID, Long> triggers = new LinkedHashMap<>();
        for (PendingTouchpoint p : pending) {
            if (MatchFields.relevant(p.touchpoint().traits())) {
                triggers.put(plan.assignments().get(p.id()), p.id());
            }
        }
        if (!plan.mergedAway().isEmpty()) {
            index.remove(plan.mergedAway().keySet());
            plan.mergedAway().values().forEach(survivor -> triggers.putIfAbsent(survivor, null));
        }
        return triggers;
    }

    /**
     * The profiles whose attributes differ from what was stored before the batch, with the new ones. The
     * raw names and traits are compared first: a profile sent the traits it already had (a login's
     * identify) costs no normalisation.
     */
    private Map<UUID, ProfileAttributes> changed(Set<UUID> ids, ResolutionPlan plan) {
        Map<UUID, ProfileNode> nodes = new HashMap<>();
        plan.profiles().forEach(n -> nodes.put(n.id, n));
        Map<UUID, ProfileAttributes> changed = new LinkedHashMap<>();
        for (UUID id : ids) {
            ProfileNode node = nodes.get(id);
            if (node == null) {
                continue;
            }
            ProfileNode.MatchInput before = before(node);
            List<String> names = node.summary.names();
            Map<String, Object> traits = MatchFields.relevantTraits(node.summary.traits());
            if (before != null && before.names().equals(names) && before.traits().equals(traits)) {
                continue;
            }
            ProfileAttributes now = MatchFields.attributes(names, traits);
            if (!now.isEmpty() && (before == null || !now.equals(MatchFields.attributes(before.names(), before.traits())))) {
                changed.put(id, now);
            }
        }
        return changed;
    }

    /** The input as stored: remembered by the resolver, else (a node it did not expect to change) read again. */
    private ProfileNode.MatchInput before(ProfileNode node) {
        if (node.before != null || node.storedSummary == null) {
            return node.before;
        }
        ProfileSummary stored = ProfileSummary.read(json, node.storedSummary, null, null);
        return new ProfileNode.MatchInput(stored.names(), MatchFields.relevantTraits(stored.traits()));
    }

    static ProfileAttributes attributes(ProfileSummary summary) {
        return MatchFields.attributes(summary.names(), summary.traits());
    }

    private Map<UUID, UUID> compare(Map<UUID, List<UUID>> candidates, Map<UUID, Long> triggers) {
        Set<UUID> ids = new LinkedHashSet<>(candidates.keySet());
        candidates.values().forEach(ids::addAll);
        Map<UUID, ProfileNode> nodes = rows.lockLive(ids);
        CannotLinkPairs.load(jdbc, nodes);
        MatchDecisions decisions = new MatchDecisions(settings, weights.get(), json, nodes, () -> rows.sizes(nodes.keySet()));
        candidates.forEach((id, found) -> found.forEach(other -> decisions.consider(id, other, triggers.get(id))));
        Map<UUID, UUID> mergedAway = decisions.merges().isEmpty() ? Map.of() : write(decisions);
        reviews.open(decisions.reviews());
        return mergedAway;
    }

    private Map<UUID, UUID> write(MatchDecisions decisions) {
        ResolutionPlan plan = decisions.plan();
        writer.write(plan);
        index.remove(plan.mergedAway().keySet());
        Map<UUID, Set<Long>> keys = new LinkedHashMap<>();
        plan.profiles().forEach(n -> keys.put(n.id, BlockingKeys.of(attributes(n.summary))));
        index.replace(keys);
        return plan.mergedAway();
    }
}
