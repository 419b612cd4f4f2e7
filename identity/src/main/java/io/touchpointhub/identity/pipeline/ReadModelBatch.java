package io.touchpointhub.identity.pipeline;

import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ResolvedTouchpoint;
import java.util.List;

/**
 * One unit of read-model work.
 *
 * @param touchpoints     touchpoints to (re)write: new ones and those whose profile changed
 * @param profiles        live profiles to (re)write, each once, with {@code mergedIds} filled
 * @param removedProfiles profiles merged away, whose documents must be deleted
 */
public record ReadModelBatch(
        List<ResolvedTouchpoint> touchpoints,
        List<CustomerProfile> profiles,
        List<ProfileId> removedProfiles) {

    public ReadModelBatch {
        touchpoints = List.copyOf(touchpoints);
        profiles = List.copyOf(profiles);
        removedProfiles = List.copyOf(removedProfiles);
    }

    public boolean isEmpty() {
        return touchpoints.isEmpty() && profiles.isEmpty() && removedProfiles.isEmpty();
    }

    public int size() {
        return touchpoints.size() + profiles.size() + removedProfiles.size();
    }
}
