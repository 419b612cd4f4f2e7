package io.touchpointhub.model;

import java.util.Objects;

/**
 * The idempotency key of a touchpoint: the same channel, source and external id (a Segment
 * {@code messageId}, an e-mail {@code Message-ID}, a post id) is the same touchpoint, stored once.
 */
public record TouchpointKey(Channel channel, String source, String externalId) {

    public TouchpointKey {
        Objects.requireNonNull(channel, "channel");
        requireText(source, "source");
        requireText(externalId, "externalId");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
