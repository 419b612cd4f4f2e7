package io.touchpointhub.identity.profile;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.ProfileId;
import java.time.Instant;

/**
 * One entry of a profile's merge history. For a {@code merge}, {@code merged} was folded into
 * {@code survivor} because {@code touchpointId} carried {@code identifier}, which both profiles had; for
 * an {@code unmerge}, an operator split {@code merged} off {@code survivor} and it is live again.
 *
 * @param touchpointId the linking touchpoint; null for an operator's merge or unmerge
 * @param identifier   the shared identifier; null for an operator's merge or unmerge
 * @param rule         the rule that decided it, e.g. {@code shared-identifier}, or {@code manual}
 * @param operation    {@value #MERGE} or {@value #UNMERGE}
 * @param note         what the operator gave as the reason, if anything
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
        String note) {

    public static final String MERGE = "merge";
    public static final String UNMERGE = "unmerge";
    /** The rule of operations an operator asked for through the API. */
    public static final String MANUAL = "manual";
}
