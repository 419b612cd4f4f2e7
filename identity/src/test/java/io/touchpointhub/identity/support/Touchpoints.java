package io.touchpointhub.identity.support;

import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Test touchpoints: unique keys by default, identifiers as channels would send them. */
public final class Touchpoints {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Instant BASE = Instant.parse("2025-03-01T10:00:00Z");

    private Touchpoints() {
    }

    public static Touchpoint touchpoint(Identifier... identifiers) {
        return touchpoint("msg-" + SEQUENCE.incrementAndGet(), identifiers);
    }

    public static Touchpoint touchpoint(String externalId, Identifier... identifiers) {
        Instant at = BASE.plusSeconds(SEQUENCE.incrementAndGet());
        return new Touchpoint(new TouchpointKey(Channel.WEB, "shop.example", externalId), "track", "Order Completed",
                at, at.plusMillis(5), List.of(identifiers), Map.of(), Map.of("revenue", 42), Map.of(), null);
    }

    public static Touchpoint withTraits(Touchpoint t, Map<String, Object> traits) {
        return new Touchpoint(t.key(), t.type(), t.name(), t.occurredAt(), t.receivedAt(), t.identifiers(), traits,
                t.properties(), t.context(), t.text());
    }

    public static Touchpoint on(Channel channel, String source, Identifier... identifiers) {
        Touchpoint t = touchpoint(identifiers);
        return new Touchpoint(new TouchpointKey(channel, source, t.key().externalId()), t.type(), t.name(),
                t.occurredAt(), t.receivedAt(), t.identifiers(), t.traits(), t.properties(), t.context(), t.text());
    }

    public static Identifier email(String value) {
        return Identifier.of(IdentifierType.EMAIL, value);
    }

    public static Identifier phone(String value) {
        return Identifier.of(IdentifierType.PHONE, value);
    }

    public static Identifier userId(String value) {
        return Identifier.of(IdentifierType.USER_ID, value);
    }

    public static Identifier anonymousId(String value) {
        return Identifier.of(IdentifierType.ANONYMOUS_ID, value);
    }
}
