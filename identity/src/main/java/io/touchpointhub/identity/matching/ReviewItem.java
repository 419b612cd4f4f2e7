package io.touchpointhub.identity.matching;

import java.time.Instant;
import java.util.UUID;

/**
 * A pair of profiles for a person to decide: the profile ids as they were when the pair was scored
 * (kept for the audit), the live profiles they are or were merged into now ({@code merged_into} is
 * flattened, one hop; null when the row is gone), its match weight, and the per-field evidence as JSON
 * ({@code {"weight":..,"fields":[..]}}).
 */
public record ReviewItem(long id, UUID profileA, UUID profileB, UUID liveA, UUID liveB, double weight, String evidence,
                         String status, Instant createdAt, Instant decidedAt, String decidedBy, String note) {

    public static final String OPEN = "open";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    /**
     * {@code decided_by} of an item the hub closed itself because a fact settled it (the status column
     * allows only open, accepted and rejected; V8's check constraint): accepted = the two sides became
     * one profile elsewhere, rejected = a cannot-link keeps the live sides apart.
     */
    public static final String BY_RULE = "hub:rule";
    /** Resolution of an item closed because both sides already are one profile. */
    public static final String MERGED = "merged";
    /** Resolution of an item closed because a cannot-link keeps its live sides apart. */
    public static final String KEPT_APART = "kept_apart";

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    /**
     * How the item was closed: {@code accepted} or {@code rejected} by a person, {@link #MERGED} or
     * {@link #KEPT_APART} by the hub; null while open.
     */
    public String resolution() {
        if (isOpen()) {
            return null;
        }
        if (BY_RULE.equals(decidedBy)) {
            return ACCEPTED.equals(status) ? MERGED : KEPT_APART;
        }
        return status;
    }
}
