package io.touchpointhub.connectors.fileimport;

import io.touchpointhub.connectors.InvalidTouchpointException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads a timestamp column in the mapping's format; thread-safe. */
final class Timestamps {

    static final String EPOCH_SECONDS = "epoch-seconds";
    static final String EPOCH_MILLIS = "epoch-millis";
    private static final Pattern SPACED_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d.*");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");

    private final String format;
    private final ZoneId zone;
    private final DateTimeFormatter pattern;

    /**
     * @throws IllegalArgumentException when {@code format} is not a valid pattern
     */
    Timestamps(String format, ZoneId zone) {
        this.format = format == null || format.isBlank() ? null : format;
        this.zone = zone;
        this.pattern = this.format == null || EPOCH_SECONDS.equals(this.format) || EPOCH_MILLIS.equals(this.format)
                ? null : DateTimeFormatter.ofPattern(this.format, Locale.ROOT);
    }

    Instant parse(String field, String value) {
        try {
            if (format == null) {
                return iso(value);
            }
            if (pattern == null) {
                if (!INTEGER.matcher(value).matches()) {
                    throw new DateTimeException("not an integer");
                }
                long epoch = Long.parseLong(value);
                return EPOCH_SECONDS.equals(format) ? Instant.ofEpochSecond(epoch) : Instant.ofEpochMilli(epoch);
            }
            return instant(pattern.parseBest(value, ZonedDateTime::from, LocalDateTime::from, LocalDate::from));
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidTouchpointException(field, format == null
                    ? "must be an ISO-8601 date-time (2024-05-01T09:30:00Z) or date (2024-05-01)"
                    : "must be a timestamp in the format " + format);
        }
    }

    private Instant iso(String value) {
        String text = SPACED_ISO.matcher(value).matches() ? value.replaceFirst(" ", "T") : value;
        TemporalAccessor parsed = text.indexOf('T') > 0
                ? DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from)
                : DateTimeFormatter.ISO_LOCAL_DATE.parse(text, LocalDate::from);
        return instant(parsed);
    }

    private Instant instant(TemporalAccessor parsed) {
        if (parsed instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (parsed instanceof LocalDateTime local) {
            return local.atZone(zone).toInstant();
        }
        return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
    }
}
