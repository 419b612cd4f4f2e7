package io.touchpointhub.search.index;

import io.touchpointhub.model.ProfileId;
import java.util.Map;

/**
 * What a bulk write could not store, item by item; everything not listed was written. The reasons name
 * the Elasticsearch error type and the field, never a document's content. Retrying these items
 * unchanged fails again: they belong in the dead-letter store.
 *
 * @param failedTouchpoints touchpoint id to reason
 * @param failedProfiles    profile id to reason (indexing a profile or deleting a removed one)
 */
public record IndexOutcome(Map<Long, String> failedTouchpoints, Map<ProfileId, String> failedProfiles) {

    private static final IndexOutcome COMPLETE = new IndexOutcome(Map.of(), Map.of());

    public IndexOutcome {
        failedTouchpoints = Map.copyOf(failedTouchpoints);
        failedProfiles = Map.copyOf(failedProfiles);
    }

    /** Everything was written. */
    public static IndexOutcome complete() {
        return COMPLETE;
    }

    public boolean hasFailures() {
        return !failedTouchpoints.isEmpty() || !failedProfiles.isEmpty();
    }
}
