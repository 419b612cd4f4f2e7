package io.touchpointhub.model;

import java.util.Objects;

/**
 * A stored touchpoint with the profile identity resolution assigned it to: what the index stage
 * turns into a search document.
 *
 * @param id the touchpoint's id in the system of record
 */
public record ResolvedTouchpoint(long id, ProfileId profileId, Touchpoint touchpoint) {

    public ResolvedTouchpoint {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(touchpoint, "touchpoint");
    }
}
