package io.touchpointhub.identity.pipeline;

import io.touchpointhub.model.ProfileId;
import java.time.Instant;

/**
 * A work item that failed {@link RetryPolicy#maxAttempts()} times.
 *
 * @param stage        {@link Stages#IDENTIFY} or {@link Stages#INDEX}
 * @param kind         {@code touchpoint}, {@code profile} or {@code remove_profile}
 * @param touchpointId the touchpoint, for touchpoint items, else {@code null}
 * @param profileId    the profile, for profile items, else {@code null}
 * @param replayedAt   when an operator replayed it, {@code null} while it waits
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
        Instant replayedAt) {
}
