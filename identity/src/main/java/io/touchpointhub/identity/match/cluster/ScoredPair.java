package io.touchpointhub.identity.match.cluster;

/** A candidate pair with its match weight and posterior probability; {@code a < b}. */
public record ScoredPair(int a, int b, double weight, double probability) {
}
