package io.touchpointhub.identity.undo;

import io.touchpointhub.model.ProfileId;
import java.util.List;
import java.util.Map;

/**
 * What an unmerge did.
 *
 * @param profile          the live profile that was split; it keeps the touchpoints that were its own
 * @param parts            the profiles split off, live again
 * @param movedTouchpoints how many touchpoints went back to the parts
 * @param remerged         parts (or the split profile) that re-resolution then merged with a third
 *                         profile sharing an identifier, to the profile they are now merged into
 */
public record UnmergeResult(ProfileId profile, List<ProfileId> parts, int movedTouchpoints,
                            Map<ProfileId, ProfileId> remerged) {
}
