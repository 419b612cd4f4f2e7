package io.touchpointhub.connectors.web.crawl;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates documents write: RFC 822/1123 in RSS ({@code Mon, 02 Sep 2024 10:15:00 +0000},
 * also with zone names such as {@code EST}), RFC 3339 in Atom, ISO-8601 in HTML {@code datetime}
 * attributes, and a site's own pattern for dates shown as text. Dates without an offset are in the
 * site's zone.
 */
final class CrawlDates {

    private static final List<DateTimeFormatter> STANDARD = List.of(
            DateTimeFormatter.ISO_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("[EEE, ]d MMM yyyy HH:mm[:ss] Z").toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ISO_DATE);

    /** RFC 822 §5.1 zone names, with their fixed offsets (EST is -0500 even in summer). */
    private static final Map<String, String> RFC822_ZONES = Map.of("UT", "+0000", "GMT", "+0000",
            "EST", "-0500", "EDT", "-0400", "CST", "-0600", "CDT", "-0500", "MST", "-0700", "MDT", "-0600",
            "PST", "-0800", "PDT", "-0700");
    private static final Pattern TRAILING_ZONE_NAME = Pattern.compile("(.*\\d)\\s+([A-Za-z]{1,3})");

    private CrawlDates() {
    }

    /**
     * @param pattern a {@link DateTimeFormatter} pattern, or {@code null} for the standard formats
     * @throws DateTimeException when the text matches none of them, or lacks a day
     */
    static Instant parse(String text, String pattern, ZoneId zone) {
        String value = text.strip();
        if (pattern != null) {
            return instant(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).parse(value), zone);
        }
        value = withNumericZone(value);
        DateTimeParseException last = null;
        for (DateTimeFormatter format : STANDARD) {
            try {
                return instant(format.parse(value), zone);
            } catch (DateTimeParseException e) {
                last = e;
            }
        }
        throw last;
    }

    private static String withNumericZone(String value) {
        Matcher m = TRAILING_ZONE_NAME.matcher(value);
        if (m.matches()) {
            String offset = RFC822_ZONES.get(m.group(2).toUpperCase(Locale.ROOT));
            return offset == null ? value : m.group(1) + " " + offset;
        }
        return value;
    }

    private static Instant instant(TemporalAccessor parsed, ZoneId siteZone) {
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date == null) {
            throw new DateTimeException("the date has no year, month and day");
        }
        LocalTime time = parsed.query(TemporalQueries.localTime());
        ZoneId written = parsed.query(TemporalQueries.zone());
        ZoneId zone = written != null ? written : siteZone;
        return (time == null ? date.atStartOfDay(zone) : date.atTime(time).atZone(zone)).toInstant();
    }
}
