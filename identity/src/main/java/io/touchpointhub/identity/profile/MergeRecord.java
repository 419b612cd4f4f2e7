package io.touchpointhub.identity.profile;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.ProfileId;
import java.time.Instant;
import java.util.Map;

/**
 * The evidence of one merge: {@code merged} was folded into {@code survivor} because
 * {@code touchpointId} carried {@code identifier}, which both profiles had, or because their attributes
 * scored as one person (then {@code identifier} is null and {@code evidence} holds the scores).
 *
 * @param touchpointId the touchpoint that caused the merge, or null (a reviewer's decision)
 * @param rule         the resolution rule that decided the merge: {@code shared-identifier},
 *                     {@code probabilistic} or {@code review}
 * @param evidence     the per-field levels and weights and their total ({@code weight}), or null
 */
public record MergeRecord(
        long id,
        ProfileId survivor,
        ProfileId merged,
        Long touchpointId,
        Identifier identifier,
        String rule,
        Instant mergedAt,
        Map<String, Object> evidence) {
}
