package io.touchpointhub.model;

import java.util.Objects;

/**
 * One way of recognising a customer: a type and a value.
 *
 * <p>In the identity graph and the search index the value is always normalised (e-mail trimmed and
 * lower-cased, phone in E.164, handle with its platform). A {@link Touchpoint} carries identifiers as
 * its channel gave them; the identity stage normalises them before they link anything.
 */
public record Identifier(IdentifierType type, String value) {

    public Identifier {
        Objects.requireNonNull(type, "type");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("identifier value must not be blank");
        }
    }

    public static Identifier of(IdentifierType type, String value) {
        return new Identifier(type, value);
    }

    /** Never the raw value: identifiers are personal data and must not reach logs. */
    @Override
    public String toString() {
        return "Identifier[" + type.wireName() + ", " + value.length() + " chars]";
    }
}
