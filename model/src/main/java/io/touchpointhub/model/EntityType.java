package io.touchpointhub.model;

/** What a {@link NamedEntity} names. */
public enum EntityType {
    PERSON, ORGANIZATION, PRODUCT, LOCATION, OTHER
}
