package io.touchpointhub.identity.match.block;

/**
 * One part of a blocking key: a field (by its index in the record schema) and how its value is turned
 * into the key.
 */
public record KeyPart(int field, KeyTransform transform) {
}
