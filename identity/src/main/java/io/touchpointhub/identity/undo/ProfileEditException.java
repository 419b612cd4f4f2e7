package io.touchpointhub.identity.undo;

import io.touchpointhub.identity.IdentityException;

/** An edit of profiles that the current state of the identity graph does not allow; nothing was changed. */
public class ProfileEditException extends IdentityException {

    /** What kept the edit from happening, for callers that answer each case differently. */
    public enum Reason {
        /** The id names no profile, live or merged. */
        UNKNOWN_PROFILE,
        /** Unmerge of a profile nothing was merged into (or whose parts predate lineage). */
        NOTHING_TO_UNMERGE,
        /** A profile named as a part to split off was not merged into the profile being split. */
        NOT_A_PART,
        /** A manual merge of two ids that already are one live profile. */
        ALREADY_ONE_PROFILE,
        /** A manual merge that a cannot-link constraint forbids (and force was not given). */
        KEPT_APART
    }

    private final Reason reason;

    public ProfileEditException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
