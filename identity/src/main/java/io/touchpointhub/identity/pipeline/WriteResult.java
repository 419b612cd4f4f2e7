package io.touchpointhub.identity.pipeline;

import io.touchpointhub.model.ProfileId;
import java.util.Map;

/**
 * The items of a {@link ReadModelBatch} that could not be written, each with a reason (no document
 * content: the reason is stored and shown to operators).
 *
 * @param failedTouchpoints touchpoint id to reason
 * @param failedProfiles    profile id (live or removed) to reason
 */
public record WriteResult(Map<Long, String> failedTouchpoints, Map<ProfileId, String> failedProfiles) {

    private static final WriteResult OK = new WriteResult(Map.of(), Map.of());

    public WriteResult {
        failedTouchpoints = Map.copyOf(failedTouchpoints);
        failedProfiles = Map.copyOf(failedProfiles);
    }

    /** Everything was written. */
    public static WriteResult ok() {
        return OK;
    }

    public boolean allWritten() {
        return failedTouchpoints.isEmpty() && failedProfiles.isEmpty();
    }
}
