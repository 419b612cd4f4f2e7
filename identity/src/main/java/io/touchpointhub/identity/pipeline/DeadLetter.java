package io.touchpointhub.identity.pipeline;

import io.touchpointhub.model.ProfileId;
import java.time.Instant;

/**
 * A work item that failed {@link RetryPolicy#maxAttempts()} times.
 *
 * @param stage        {@link Stages#IDENTIFY}, {@link Stages#INDEX} or {@link Stages#INTAKE}
 * @param kind         {@code touchpoint}, {@code profile}, {@code remove_profile} or {@code payload}
 * @param touchpointId the touchpoint, for touchpoint items, else {@code null}
 * @param profileId    the profile, for profile items, else {@code null}
 * @param replayedAt   when an operator replayed it, {@code null} while it waits
 * @param channel      for payload items: the channel that delivered the payload, else {@code null}
 * @param source       for payload items: the configured source it came from
 * @param format       for payload items: the format of the mapper that failed on it (the payload itself
 *                     is personal data and is only read back for replay)
 */
public record DeadLetter(
        long id,
        String stage,
        String kind,
        Long touchpointId,
        ProfileId profileId,
        String reason,
        int attempts,
        Instant failedAt,
        Instant replayedAt,
        String channel,
        String source,
        String format) {
}
