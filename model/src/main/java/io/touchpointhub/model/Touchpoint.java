package io.touchpointhub.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One contact between a customer (or an anonymous author) and the company on one channel: a web
 * event, an e-mail, a social post, a marketplace order or review, an imported row.
 *
 * @param key         channel, source and external id: the idempotency key
 * @param type        what happened, in the channel's words: {@code identify}, {@code track}, {@code page},
 *                    {@code email}, {@code post}, {@code order} ...
 * @param name        the event, page or screen name when the channel gives one, else {@code null}
 * @param occurredAt  when it happened, as the channel reports it (clock skew corrected where possible)
 * @param receivedAt  when the hub accepted it
 * @param identifiers identifiers of the person as the channel gave them (not yet normalised)
 * @param traits      attributes of the person (name, address, ...), JSON values
 * @param properties  attributes of the touchpoint itself (event properties, order lines ...), JSON values
 * @param context     the channel's context (user agent, IP, locale, campaign ...), JSON values
 * @param text        free text for analysis (a post, an e-mail body, a review), or {@code null}
 */
public record Touchpoint(
        TouchpointKey key,
        String type,
        String name,
        Instant occurredAt,
        Instant receivedAt,
        List<Identifier> identifiers,
        Map<String, Object> traits,
        Map<String, Object> properties,
        Map<String, Object> context,
        String text) {

    public Touchpoint {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        traits = traits == null ? Map.of() : traits;
        properties = properties == null ? Map.of() : properties;
        context = context == null ? Map.of() : context;
    }

    public Channel channel() {
        return key.channel();
    }

    public String source() {
        return key.source();
    }

    /** Ids and channel only: the rest may be personal data. */
    @Override
    public String toString() {
        return "Touchpoint[" + key.channel() + "/" + key.source() + "/" + type + "]";
    }
}
