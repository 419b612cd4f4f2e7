package io.touchpointhub.identity.profile;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.ProfileId;
import java.time.Instant;

/**
 * The evidence of one merge: {@code merged} was folded into {@code survivor} because
 * {@code touchpointId} carried {@code identifier}, which both profiles had.
 *
 * @param rule the resolution rule that decided the merge, e.g. {@code shared-identifier}
 */
public record MergeRecord(
        long id,
        ProfileId survivor,
        ProfileId merged,
        long touchpointId,
        Identifier identifier,
        String rule,
        Instant mergedAt) {
}
