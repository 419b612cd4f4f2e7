package io.touchpointhub.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * What an identifier identifies. {@link #wireName()} is the name used in JSON, in the database and in
 * the search index ({@code "email"}, {@code "phone"}, ...).
 */
public enum IdentifierType {
    /** The id a company's own systems give a known user (Segment {@code userId}). */
    USER_ID,
    /** A device or browser id given before the user is known (Segment {@code anonymousId}). */
    ANONYMOUS_ID,
    EMAIL,
    PHONE,
    /** An id in another system; the value is {@code <system>:<id>}, e.g. {@code hubspot_id:123}. */
    EXTERNAL_ID,
    /** A social handle; the value carries its platform, e.g. {@code mastodon:@ana@example.social}. */
    HANDLE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IdentifierType fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(t -> t.wireName().equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown identifier type: " + wireName));
    }
}
