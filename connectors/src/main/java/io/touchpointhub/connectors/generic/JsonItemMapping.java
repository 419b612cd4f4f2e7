package io.touchpointhub.connectors.generic;

import io.touchpointhub.model.Channel;
import java.util.Map;
import java.util.Objects;

/**
 * Where a touchpoint's fields are in one JSON item, as JSON pointers (RFC 6901, e.g. {@code /author/email}).
 * Only {@code id} is required; an empty pointer means the item has no such field.
 *
 * @param format         the payload format name (unique in the hub), e.g. {@code json-acme-reviews}
 * @param channel        the channel the items belong to
 * @param type           the touchpoint type ({@code post}, {@code review}, {@code order} ...)
 * @param id             the item's id: the external id, idempotency within the source
 * @param occurredAt     an ISO-8601 instant or epoch seconds; missing means "when received"
 * @param text           free text for analysis
 * @param title          a title, put before the text and kept as property {@code title}
 * @param email          the author's or customer's e-mail
 * @param phone          the author's or customer's phone
 * @param name           the person's display name (trait {@code name})
 * @param handle         the author's handle on the platform ({@code handlePlatform:handle})
 * @param handlePlatform the platform prefix of handles, e.g. {@code acme}
 * @param properties     property name to pointer, for anything else worth keeping (rating, url ...)
 */
public record JsonItemMapping(
        String format,
        Channel channel,
        String type,
        String id,
        String occurredAt,
        String text,
        String title,
        String email,
        String phone,
        String name,
        String handle,
        String handlePlatform,
        Map<String, String> properties) {

    public JsonItemMapping {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(channel, "channel");
        type = blankToNull(type) == null ? "post" : type;
        if (blankToNull(id) == null) {
            throw new IllegalArgumentException("a JSON item mapping needs the pointer of the item's id");
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
