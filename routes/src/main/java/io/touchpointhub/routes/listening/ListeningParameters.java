package io.touchpointhub.routes.listening;

import io.touchpointhub.model.Channel;
import io.touchpointhub.routes.web.InvalidFieldException;
import io.touchpointhub.search.listening.ListeningFilter;
import io.touchpointhub.search.listening.ListeningSearch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/** Reads and checks the query parameters of the listening endpoints; a bad one is a 400 naming it. */
final class ListeningParameters {

    private static final Set<String> SENTIMENTS = Set.of("negative", "neutral", "positive");
    private static final int MAX_TEXT = 256;

    private ListeningParameters() {
    }

    static ListeningFilter filter(String topic, String channel, String sentiment, String language, String from,
                                  String to, String q) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidFieldException("from", "must be before to");
        }
        return new ListeningFilter(word("topic", topic), channel(channel), sentiment(sentiment),
                language(language), start, end, text(q));
    }

    /** An ISO-8601 instant ({@code 2026-11-01T08:00:00Z}) or a date ({@code 2026-11-01}: midnight UTC). */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, "must be an ISO-8601 instant (2026-11-01T08:00:00Z) or date (2026-11-01)");
        }
    }

    static Channel channel(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("channel", "must be one of web, email, social, marketplace, import, call_center");
        }
    }

    static void page(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidFieldException("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidFieldException("size", "must be between 1 and " + maxSize);
        }
        if ((long) (page + 1) * size > ListeningSearch.MAX_DEPTH) {
            throw new InvalidFieldException("page", "pages reach back " + ListeningSearch.MAX_DEPTH + " mentions; narrow the filter");
        }
    }

    /** The value of an enumerated parameter, lower-cased, or the default when absent. */
    static String oneOf(String name, String value, String fallback, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String normal = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(normal)) {
            throw new InvalidFieldException(name, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return normal;
    }

    private static String sentiment(String value) {
        return oneOf("sentiment", value, null, SENTIMENTS);
    }

    private static String language(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normal = value.strip().toLowerCase(Locale.ROOT);
        if (!normal.matches("[a-z]{2,3}")) {
            throw new InvalidFieldException("language", "must be an ISO 639-1 code such as en or zh (und: undetermined)");
        }
        return normal;
    }

    private static String word(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normal = value.strip().toLowerCase(Locale.ROOT);
        if (normal.length() > 64) {
            throw new InvalidFieldException(name, "must be at most 64 characters");
        }
        return normal;
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidFieldException("q", "must be at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }
}
