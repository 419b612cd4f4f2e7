package io.touchpointhub.identity.undo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.IdentityException;
import io.touchpointhub.identity.pipeline.IndexQueue;
import io.touchpointhub.identity.profile.MergeRecord;
import io.touchpointhub.identity.store.CannotLinks;
import io.touchpointhub.identity.undo.ProfileEditException.Reason;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.Touchpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Splits a live profile into the profiles it was made of, in the caller's transaction: each part gets
 * back the touchpoints that were first resolved to it (or to profiles merged into it before), its
 * identifiers and summary are rebuilt from them, the parts are kept apart by cannot-link constraints,
 * the split is audited, the read models are queued, and the parts are re-resolved against third
 * profiles.
 */
final class Unmerge {

    private final ProfileRows rows;
    private final ProfileWrites writes;
    private final PartBuilder builder;
    private final CannotLinks cannotLinks;
    private final Relinker relinker;
    private final ObjectMapper json;
    private final int cap;

    Unmerge(ProfileRows rows, ProfileWrites writes, PartBuilder builder, CannotLinks cannotLinks, Relinker relinker,
            ObjectMapper json, int cap) {
        this.rows = rows;
        this.writes = writes;
        this.builder = builder;
        this.cannotLinks = cannotLinks;
        this.relinker = relinker;
        this.json = json;
        this.cap = cap;
    }

    UnmergeResult run(UUID requested, Set<UUID> parts, String note) {
        UUID live = rows.live(requested).orElseThrow(() -> new ProfileEditException(Reason.UNKNOWN_PROFILE,
                "No profile " + requested));
        Set<UUID> members = rows.members(live);
        Map<Identifier, Boolean> links = rows.links(live);
        Set<UUID> locked = new TreeSet<>(members);
        locked.add(live);
        locked.addAll(rows.sharing(live, cap));
        rows.lock(links.keySet(), locked);
        if (changedBeforeLocked(live, members, links, locked)) {
            throw new GraphChangedException();
        }
        if (members.isEmpty()) {
            throw new ProfileEditException(Reason.NOTHING_TO_UNMERGE, "Nothing was merged into profile " + live);
        }
        if (!members.containsAll(parts)) {
            throw new ProfileEditException(Reason.NOT_A_PART, "Not every profile named was merged into profile " + live);
        }
        Map<UUID, UUID> parents = rows.parents(members);
        List<ProfileRows.Owned> touchpoints = rows.touchpoints(live);
        SplitPlan plan = nonEmptyParts(SplitPlan.of(live, members, parents, parts), touchpoints, members, parents);
        if (plan.parts().isEmpty()) {
            throw new ProfileEditException(Reason.NOTHING_TO_UNMERGE, "No touchpoint of profile " + live
                    + " was first resolved to a profile merged into it (they predate lineage)");
        }
        List<Long> moved = split(plan, touchpoints, links, note);
        Map<UUID, UUID> remerged = relinker.relink(plan.all(), locked, "re-resolved after unmerge");
        return new UnmergeResult(new ProfileId(live), plan.parts().stream().map(ProfileId::new).toList(), moved.size(),
                ids(remerged));
    }

    /** Whether a batch committed, between reading and locking, a change these locks do not cover. */
    private boolean changedBeforeLocked(UUID live, Set<UUID> members, Map<Identifier, Boolean> links, Set<UUID> locked) {
        return !rows.live(live).orElseThrow().equals(live)
                || !rows.members(live).equals(members)
                || !links.keySet().containsAll(rows.links(live).keySet())
                || !locked.containsAll(rows.sharing(live, cap));
    }

    /** Parts without a touchpoint of their own (lineage began after they merged) stay merged. */
    private static SplitPlan nonEmptyParts(SplitPlan plan, List<ProfileRows.Owned> touchpoints, Set<UUID> members,
                                           Map<UUID, UUID> parents) {
        SplitPlan current = plan;
        while (true) {
            Set<UUID> empty = new TreeSet<>(current.parts());
            for (ProfileRows.Owned touchpoint : touchpoints) {
                empty.remove(current.partOf(touchpoint.origin()));
            }
            if (empty.isEmpty()) {
                return current;
            }
            current = current.without(empty, members, parents);
        }
    }

    private List<Long> split(SplitPlan plan, List<ProfileRows.Owned> touchpoints, Map<Identifier, Boolean> links,
                             String note) {
        UUID live = plan.live();
        Map<UUID, List<Touchpoint>> byPart = new LinkedHashMap<>();
        plan.all().forEach(part -> byPart.put(part, new ArrayList<>()));
        Map<Long, UUID> profileOf = new LinkedHashMap<>();
        for (ProfileRows.Owned owned : touchpoints) {
            UUID part = plan.partOf(owned.origin());
            byPart.get(part).add(read(owned));
            profileOf.put(owned.id(), part);
        }
        Map<UUID, UUID> repoint = new HashMap<>();
        plan.partOfMember().keySet().forEach(member -> {
            UUID target = plan.mergedIntoAfter(member);
            if (!live.equals(target)) {
                repoint.put(member, target);
            }
        });
        writes.repoint(repoint);
        Map<UUID, List<PartBuilder.Link>> rebuilt = new LinkedHashMap<>();
        byPart.forEach((part, list) -> {
            PartBuilder.Part built = builder.build(list, links);
            writes.saveSummary(part, built.summary());
            rebuilt.put(part, built.links());
        });
        writes.replaceLinks(rebuilt);
        List<Long> moved = writes.moveTouchpoints(profileOf);
        keepApart(List.copyOf(plan.all()), live);
        plan.parts().forEach(part -> writes.audit(live, part, null, MergeRecord.MANUAL, MergeRecord.UNMERGE, note));
        IndexQueue.enqueue(rows.jdbc(), List.of(), moved, plan.all(), List.of());
        return moved;
    }

    private void keepApart(List<UUID> parts, UUID live) {
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                cannotLinks.add(parts.get(i), parts.get(j), CannotLinks.Reason.UNMERGE, "unmerge of " + live);
            }
        }
    }

    private Touchpoint read(ProfileRows.Owned owned) {
        try {
            return json.readValue(owned.payload(), Touchpoint.class);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new IdentityException("Stored payload of touchpoint " + owned.id() + " is not readable", e);
        }
    }

    private static Map<ProfileId, ProfileId> ids(Map<UUID, UUID> map) {
        Map<ProfileId, ProfileId> ids = new LinkedHashMap<>();
        map.forEach((k, v) -> ids.put(new ProfileId(k), new ProfileId(v)));
        return ids;
    }
}
