package io.touchpointhub.model;

import java.util.Objects;

/**
 * A person, organisation, product or location named in a text.
 *
 * @param text  the name as written
 * @param type  what it names
 * @param begin offset of its first character in the analysed text
 * @param end   offset after its last character
 */
public record NamedEntity(String text, EntityType type, int begin, int end) {

    public NamedEntity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
