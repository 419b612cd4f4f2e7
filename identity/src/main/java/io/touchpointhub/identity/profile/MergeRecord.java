package io.touchpointhub.identity.profile;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.ProfileId;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of a profile's merge history. For a {@code merge}, {@code merged} was folded into
 * {@code survivor} because {@code touchpointId} carried {@code identifier}, which both profiles had, or
 * because their attributes scored as one person (then {@code identifier} is null and {@code evidence}
 * holds the scores); for an {@code unmerge}, an operator split {@code merged} off {@code survivor} and
 * it is live again.
 *
 * @param touchpointId the linking touchpoint; null for an operator's merge or unmerge and a reviewer's decision
 * @param identifier   the shared identifier; null unless the rule is {@code shared-identifier}
 * @param rule         the rule that decided it: {@code shared-identifier}, {@code probabilistic},
 *                     {@code review} or {@code manual}
 * @param operation    {@value #MERGE} or {@value #UNMERGE}
 * @param note         what the operator gave as the reason, if anything
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
        String operation,
        String note,
        Map<String, Object> evidence) {

    public static final String MERGE = "merge";
    public static final String UNMERGE = "unmerge";
    /** The rule of operations an operator asked for through the API. */
    public static final String MANUAL = "manual";
}
