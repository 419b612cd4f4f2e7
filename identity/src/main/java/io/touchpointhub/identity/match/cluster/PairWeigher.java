package io.touchpointhub.identity.match.cluster;

/** Weighs any two records, candidates or not; thread-safe. */
@FunctionalInterface
public interface PairWeigher {

    double weight(int a, int b);
}
