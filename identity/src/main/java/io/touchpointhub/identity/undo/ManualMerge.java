package io.touchpointhub.identity.undo;

import io.touchpointhub.identity.profile.MergeRecord;
import io.touchpointhub.identity.store.CannotLinks;
import io.touchpointhub.identity.undo.ProfileEditException.Reason;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.ProfileId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merges one live profile into another because an operator says they are one person, in the caller's
 * transaction: the named profile survives, whatever their ages or unique identifiers. A cannot-link
 * constraint between them refuses the merge unless it is forced; a forced merge removes the
 * constraints between the two (they would otherwise keep the merged profile apart from itself).
 */
final class ManualMerge {

    private static final String REMOVE_CONSTRAINTS = """
            with a as (select ?::uuid as id union select id from profile where merged_into = ?),
                 b as (select ?::uuid as id union select id from profile where merged_into = ?)
            delete from cannot_link c
            where (c.profile_a in (select id from a) and c.profile_b in (select id from b))
               or (c.profile_a in (select id from b) and c.profile_b in (select id from a))
            """;

    private final ProfileRows rows;
    private final ProfileWrites writes;
    private final CannotLinks cannotLinks;

    ManualMerge(ProfileRows rows, ProfileWrites writes, CannotLinks cannotLinks) {
        this.rows = rows;
        this.writes = writes;
        this.cannotLinks = cannotLinks;
    }

    MergeResult run(UUID into, UUID other, boolean force, String note) {
        UUID survivor = live(into);
        UUID loser = live(other);
        if (survivor.equals(loser)) {
            throw new ProfileEditException(Reason.ALREADY_ONE_PROFILE, "Profiles " + into + " and " + other
                    + " already are one profile, " + survivor);
        }
        Set<Identifier> identifiers = new HashSet<>(rows.links(survivor).keySet());
        identifiers.addAll(rows.links(loser).keySet());
        rows.lock(identifiers, Set.of(survivor, loser));
        if (!rows.live(survivor).orElseThrow().equals(survivor) || !rows.live(loser).orElseThrow().equals(loser)
                || !identifiers.containsAll(rows.links(survivor).keySet())
                || !identifiers.containsAll(rows.links(loser).keySet())) {
            throw new GraphChangedException();
        }
        boolean keptApart = cannotLinks.forbids(survivor, loser);
        if (keptApart && !force) {
            throw new ProfileEditException(Reason.KEPT_APART, "A cannot-link constraint keeps profiles " + survivor
                    + " and " + loser + " apart");
        }
        if (keptApart) {
            jdbc().update(REMOVE_CONSTRAINTS, survivor, survivor, loser, loser);
        }
        List<Long> moved = writes.merge(rows.profile(survivor), rows.profile(loser), null, MergeRecord.MANUAL, note);
        return new MergeResult(new ProfileId(survivor), new ProfileId(loser), moved.size(), keptApart);
    }

    private UUID live(UUID id) {
        return rows.live(id).orElseThrow(() -> new ProfileEditException(Reason.UNKNOWN_PROFILE, "No profile " + id));
    }

    private JdbcTemplate jdbc() {
        return rows.jdbc();
    }
}
