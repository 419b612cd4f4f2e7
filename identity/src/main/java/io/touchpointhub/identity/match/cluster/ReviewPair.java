package io.touchpointhub.identity.match.cluster;

/**
 * A pair a person should look at: its probability lies between the review and the match threshold,
 * or it reached the match threshold but a guard kept its clusters apart.
 */
public record ReviewPair(int a, int b, double weight, double probability, Reason reason) {

    /** Why the pair is for review rather than linked. */
    public enum Reason {
        /** Between the review and the match threshold. */
        UNCERTAIN,
        /** A match, but another pair across the two clusters clearly differs. */
        CONFLICT,
        /** A match, but the joined cluster would exceed the size cap. */
        CLUSTER_SIZE
    }
}
