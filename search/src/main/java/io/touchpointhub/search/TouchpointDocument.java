package io.touchpointhub.search;

import io.touchpointhub.model.Channel;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.model.Touchpoint;
import java.time.Instant;
import java.util.Map;

/**
 * The read model of one touchpoint in the {@code touchpoints} index (mapping:
 * {@code touchpoints-mapping.json}): the timeline entry of the 360° view and the unit of listening
 * aggregations. The identifiers and traits the channel sent are left out: the profile document holds
 * them normalised.
 *
 * @param id         the touchpoint's id in the system of record (also the document id)
 * @param profileId  the profile identity resolution assigned it to
 * @param text       free text, full-text searchable (standard analyzer), or {@code null}
 * @param properties attributes of the touchpoint; stored for display, not searchable
 * @param context    the channel's context; stored for display, not searchable
 */
public record TouchpointDocument(
        long id,
        String profileId,
        Channel channel,
        String source,
        String externalId,
        String type,
        String name,
        Instant occurredAt,
        Instant receivedAt,
        String text,
        Map<String, Object> properties,
        Map<String, Object> context) {

    public TouchpointDocument {
        properties = properties == null ? Map.of() : properties;
        context = context == null ? Map.of() : context;
    }

    public static TouchpointDocument from(ResolvedTouchpoint resolved) {
        Touchpoint touchpoint = resolved.touchpoint();
        return new TouchpointDocument(
                resolved.id(),
                resolved.profileId().toString(),
                touchpoint.channel(),
                touchpoint.source(),
                touchpoint.key().externalId(),
                touchpoint.type(),
                touchpoint.name(),
                touchpoint.occurredAt(),
                touchpoint.receivedAt(),
                touchpoint.text(),
                touchpoint.properties(),
                touchpoint.context());
    }
}
