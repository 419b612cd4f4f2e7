package io.touchpointhub.model;

import java.util.Objects;
import java.util.UUID;

/**
 * The account (company, B2B customer) a profile belongs to, as shown next to the person.
 *
 * @param name the account's display name
 */
public record AccountRef(UUID id, String name) {

    public AccountRef {
        Objects.requireNonNull(id, "id");
    }
}
