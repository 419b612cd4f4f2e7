package io.touchpointhub.identity.resolve;

import io.touchpointhub.model.Identifier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything one batch's resolution decided, ready to be written with a handful of set-based
 * statements.
 *
 * @param profiles    live profiles created or changed, with their new summaries
 * @param mergedAway  stored profiles merged in this batch: loser id to final survivor id
 * @param merges      the audit rows
 * @param links       identifier links to add or extend, one per profile and identifier
 * @param assignments touchpoint id to the live profile it now belongs to
 */
record ResolutionPlan(
        List<ProfileNode> profiles,
        Map<UUID, UUID> mergedAway,
        List<Merge> merges,
        Map<LinkKey, LinkSeen> links,
        Map<Long, UUID> assignments) {

    /**
     * One merge: {@code merged} went into {@code survivor} because the touchpoint carried the identifier,
     * or (identifier null) because their attributes scored as one person, with the per-field evidence.
     *
     * @param touchpointId the touchpoint that caused it, or null (a reviewer's decision)
     * @param evidence     JSON of the scores, or null for a shared identifier
     */
    record Merge(UUID survivor, UUID merged, Long touchpointId, Identifier identifier, String rule, String evidence) {
    }

    record LinkKey(UUID profileId, Identifier identifier) {
    }

    /** What the batch saw of one link: where from, when, and whether it may link profiles. */
    record LinkSeen(Set<String> sources, Instant firstSeen, Instant lastSeen, boolean matchable) {

        LinkSeen plus(String source, Instant at, boolean stillMatchable) {
            Set<String> all = new java.util.TreeSet<>(sources);
            all.add(source);
            return new LinkSeen(all, at.isBefore(firstSeen) ? at : firstSeen, at.isAfter(lastSeen) ? at : lastSeen,
                    matchable && stillMatchable);
        }
    }
}
