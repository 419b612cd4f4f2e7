package io.touchpointhub.model;

import java.util.Objects;
import java.util.UUID;

/** The stable id of a {@link CustomerProfile}; a merged profile's id keeps resolving to its survivor. */
public record ProfileId(UUID value) {

    public ProfileId {
        Objects.requireNonNull(value, "value");
    }

    public static ProfileId random() {
        return new ProfileId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException if the text is not a UUID */
    public static ProfileId parse(String text) {
        return new ProfileId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
