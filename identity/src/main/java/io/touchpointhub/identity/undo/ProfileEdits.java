package io.touchpointhub.identity.undo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.TransientIdentityException;
import io.touchpointhub.identity.resolve.IdentityRules;
import io.touchpointhub.identity.store.CannotLinks;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.model.ProfileId;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operators' edits of the identity graph: unmerge (split a profile into what it was made of) and manual
 * merge. Each runs in one transaction that locks the profiles the way the identity stage does, so it
 * may run while the stage is resolving touchpoints of the same people; a lost lock race runs it again.
 * Ids of merged profiles stand for the live profile they were merged into.
 */
public final class ProfileEdits {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileEdits.class);
    private static final int ATTEMPTS = 10;

    private final Db db;
    private final Unmerge unmerge;
    private final ManualMerge manualMerge;

    public ProfileEdits(DataSource dataSource, IdentityRules rules) {
        this(dataSource, Json.defaultMapper(), rules);
    }

    public ProfileEdits(DataSource dataSource, ObjectMapper objectMapper, IdentityRules rules) {
        this.db = new Db(dataSource);
        ObjectMapper json = Json.configure(objectMapper);
        ProfileRows rows = new ProfileRows(db.jdbc(), json);
        ProfileWrites writes = new ProfileWrites(db.jdbc(), json);
        CannotLinks cannotLinks = new CannotLinks(dataSource);
        this.unmerge = new Unmerge(rows, writes, new PartBuilder(rules), cannotLinks,
                new Relinker(rows, writes, cannotLinks, rules), json, rules.maxProfilesPerIdentifier());
        this.manualMerge = new ManualMerge(rows, writes, cannotLinks);
    }

    /**
     * Splits the live profile of {@code id} into the profiles merged into it: every touchpoint goes back
     * to the part it was first resolved to; touchpoints first resolved to the split profile itself (the
     * ones that linked the parts among them) stay with it.
     *
     * @param parts the merged profiles to split off, each with the profiles merged into it before; all
     *              of them when empty
     * @param note  the operator's reason, kept in the audit (may be null)
     * @throws ProfileEditException when the id is unknown, nothing is merged into it, or a part is not
     */
    public UnmergeResult unmerge(ProfileId id, Collection<ProfileId> parts, String note) {
        Set<UUID> requested = new TreeSet<>();
        parts.forEach(p -> requested.add(p.value()));
        UnmergeResult result = withRetries(() -> unmerge.run(id.value(), requested, note));
        LOG.info("Profile {} split into {} parts ({} touchpoints moved, {} re-merged)", result.profile(),
                result.parts().size() + 1, result.movedTouchpoints(), result.remerged().size());
        return result;
    }

    /**
     * Merges the live profile of {@code other} into the live profile of {@code into}, which survives.
     *
     * @param force merge even when a cannot-link constraint keeps them apart, and remove it
     * @throws ProfileEditException when an id is unknown, both are one profile already, or a constraint
     *                              forbids it and force is not given
     */
    public MergeResult merge(ProfileId into, ProfileId other, boolean force, String note) {
        MergeResult result = withRetries(() -> manualMerge.run(into.value(), other.value(), force, note));
        LOG.info("Profile {} merged into {} by hand ({} touchpoints moved)", result.merged(), result.survivor(),
                result.movedTouchpoints());
        return result;
    }

    private <T> T withRetries(Supplier<T> edit) {
        for (int attempt = 1; ; attempt++) {
            try {
                return db.inTransaction(edit);
            } catch (GraphChangedException e) {
                if (attempt >= ATTEMPTS) {
                    throw new TransientIdentityException("Profiles kept changing while being edited", e);
                }
                LOG.debug("Profiles changed before the edit locked them (attempt {}); running it again", attempt);
            } catch (RuntimeException e) {
                if (!Db.isRetryableConflict(e) || attempt >= ATTEMPTS) {
                    throw Db.wrap("Editing profiles", e);
                }
                LOG.debug("Profile edit lost a lock conflict (attempt {}); running it again", attempt);
            }
        }
    }
}
