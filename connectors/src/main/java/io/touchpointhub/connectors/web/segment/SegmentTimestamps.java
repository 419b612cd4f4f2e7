package io.touchpointhub.connectors.web.segment;

import io.touchpointhub.connectors.InvalidTouchpointException;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;

/**
 * Segment's timestamps ({@code timestamp}, {@code originalTimestamp}, {@code sentAt}) and its
 * clock-skew correction, as the spec's "Timestamps" section defines them.
 */
final class SegmentTimestamps {

    static final String RULE = "must be an ISO-8601 date-time such as 2012-12-02T00:30:08.276Z";

    /**
     * ISO-8601 date-time with optional fractional seconds and an optional offset; a date-time without
     * offset is read as UTC because server-side libraries (Python's {@code isoformat()} on a naive
     * datetime) send UTC that way. STRICT so that 30 February is an error, not 28 February.
     */
    private static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    private SegmentTimestamps() {
    }

    /**
     * When the touchpoint happened. The client's {@code timestamp} (or, failing that, its
     * {@code originalTimestamp}) is on the device's clock; when the client also says when it sent the
     * message ({@code sentAt}, same clock) the spec corrects the skew as
     * {@code receivedAt - (sentAt - timestamp)}. Without any client time it happened on receipt.
     *
     * @param sentAt the message's {@code sentAt}, or the batch's when the message has none
     */
    static Instant occurredAt(JsonNode message, JsonNode sentAt, Instant receivedAt) {
        Instant timestamp = parse(message.get("timestamp"), "timestamp");
        Instant originalTimestamp = parse(message.get("originalTimestamp"), "originalTimestamp");
        Instant sent = parse(sentAt, "sentAt");
        Instant clientTime = timestamp != null ? timestamp : originalTimestamp;
        if (clientTime == null) {
            return receivedAt;
        }
        if (sent == null) {
            return clientTime;
        }
        try {
            return receivedAt.minus(Duration.between(clientTime, sent));
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidTouchpointException(timestamp != null ? "timestamp" : "originalTimestamp",
                    "must lie within the range of dates that clock-skew correction can handle");
        }
    }

    /** {@code null} when the field is absent or JSON null; otherwise it must be an ISO-8601 text. */
    static Instant parse(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidTouchpointException(field, RULE);
        }
        try {
            TemporalAccessor parsed = ISO_DATE_TIME.parseBest(value.textValue(),
                    OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime offsetDateTime
                    ? offsetDateTime.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new InvalidTouchpointException(field, RULE);
        }
    }
}
