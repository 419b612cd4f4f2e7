package io.touchpointhub.identity.match;

import java.util.Objects;

/** One compared field: its name (the input column) and its type. */
public record FieldSpec(String name, FieldType type) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
