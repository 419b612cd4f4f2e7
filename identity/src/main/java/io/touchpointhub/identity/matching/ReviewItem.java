package io.touchpointhub.identity.matching;

import java.time.Instant;
import java.util.UUID;

/**
 * A pair of profiles for a person to decide: the profile ids as they were when the pair was scored,
 * its match weight, and the per-field evidence as JSON ({@code {"weight":..,"fields":[..]}}).
 */
public record ReviewItem(long id, UUID profileA, UUID profileB, double weight, String evidence, String status,
                         Instant createdAt, Instant decidedAt, String decidedBy, String note) {

    public static final String OPEN = "open";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
}
