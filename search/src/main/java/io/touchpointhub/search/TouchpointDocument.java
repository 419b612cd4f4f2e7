package io.touchpointhub.search;

import io.touchpointhub.model.Channel;
import io.touchpointhub.model.NamedEntity;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.model.TextAnalysis;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointAnalysis;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The read model of one touchpoint in the {@code touchpoints} index (mapping:
 * {@code touchpoints-mapping.json}): the timeline entry of the 360° view and the unit of listening
 * aggregations. The identifiers and traits the channel sent are left out: the profile document holds
 * them normalised. The listening fields (language to topics) are absent until the NLP stage analysed
 * the touchpoint's text; author and reach come from the touchpoint itself.
 *
 * @param id         the touchpoint's id in the system of record (also the document id)
 * @param profileId  the profile identity resolution assigned it to
 * @param text       free text, full-text searchable (standard analyzer), or {@code null}
 * @param properties attributes of the touchpoint; stored for display, not searchable
 * @param context    the channel's context; stored for display, not searchable
 * @param language   ISO 639-1 code of the text, {@code und} when undetermined
 * @param sentiment  label ({@code negative}, {@code neutral}, {@code positive}) and score −1 … +1
 * @param entities   named entities with their type (lower-case)
 * @param keywords   characteristic words of the text
 * @param hashtags   hashtags, lower-case, without {@code #}
 * @param mentions   mentioned handles, lower-case, without {@code @}
 * @param topics     tracked topics the text matched
 * @param author     who wrote it, when the channel tells (handle and/or display name)
 * @param reach      the author's followers or the post's score when the channel gives one, else 0
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
        Map<String, Object> context,
        String language,
        SentimentField sentiment,
        List<EntityField> entities,
        List<String> keywords,
        List<String> hashtags,
        List<String> mentions,
        List<String> topics,
        TouchpointAuthor author,
        long reach) {

    /** Sentiment as indexed: a keyword label and a float score. */
    public record SentimentField(String label, double score) {
    }

    /** A named entity as indexed. */
    public record EntityField(String text, String type) {
    }

    public TouchpointDocument {
        properties = properties == null ? Map.of() : properties;
        context = context == null ? Map.of() : context;
    }

    /** The document of a touchpoint not analysed (yet): no listening fields but author and reach. */
    public static TouchpointDocument from(ResolvedTouchpoint resolved) {
        return from(resolved, null);
    }

    /** @param analysis what the NLP stage stored for this touchpoint, or {@code null} */
    public static TouchpointDocument from(ResolvedTouchpoint resolved, TouchpointAnalysis analysis) {
        Touchpoint touchpoint = resolved.touchpoint();
        TextAnalysis text = analysis == null ? null : analysis.text();
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
                touchpoint.context(),
                text == null ? null : text.language(),
                text == null ? null : new SentimentField(lower(text.sentiment().label().name()), text.sentiment().score()),
                text == null ? null : text.entities().stream().map(TouchpointDocument::entity).distinct().toList(),
                text == null ? null : text.keywords(),
                text == null ? null : text.hashtags().stream().map(TouchpointDocument::lower).distinct().toList(),
                text == null ? null : text.mentions().stream().map(TouchpointDocument::lower).distinct().toList(),
                analysis == null ? null : analysis.topics(),
                TouchpointAuthor.of(touchpoint, resolved.profileId().toString()),
                TouchpointAuthor.reach(touchpoint));
    }

    private static EntityField entity(NamedEntity entity) {
        return new EntityField(entity.text(), lower(entity.type().name()));
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
