package io.touchpointhub.search.alerts;

import java.time.Instant;

/**
 * One touchpoint as an alert shows it: ids, where and when, and the start of its text.
 *
 * @param id        the touchpoint's id in the system of record
 * @param profileId the profile it was resolved to, or {@code null}
 * @param channel   the channel's name ({@code SOCIAL}, {@code EMAIL} ...)
 * @param excerpt   at most {@link TopicActivity#EXCERPT_LENGTH} characters of the text, or {@code null}
 */
public record Mention(long id, String profileId, String channel, Instant occurredAt, Instant receivedAt,
                      String excerpt) {
}
