package io.touchpointhub.identity.match;

/** Which pairs are candidates. */
public enum LinkMode {
    /** Any two records may be the same entity. */
    DEDUPE,
    /** Only records of different sources are compared (record linkage). */
    ACROSS_SOURCES
}
