package io.touchpointhub.identity.match;

/**
 * One field's part of a pair's match weight: the comparison level reached and its weight
 * (log2 of m/u, term-frequency adjusted for exact agreements on rare values; 0 when missing).
 */
public record FieldEvidence(String field, String level, double weight) {
}
