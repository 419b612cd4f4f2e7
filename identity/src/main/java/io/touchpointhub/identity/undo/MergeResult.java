package io.touchpointhub.identity.undo;

import io.touchpointhub.model.ProfileId;

/**
 * What a manual merge did.
 *
 * @param survivor           the live profile that remains
 * @param merged             the profile merged into it (its id keeps resolving to the survivor)
 * @param movedTouchpoints   how many touchpoints moved to the survivor
 * @param constraintsRemoved whether cannot-link constraints between the two were removed (forced merge)
 */
public record MergeResult(ProfileId survivor, ProfileId merged, int movedTouchpoints, boolean constraintsRemoved) {
}
