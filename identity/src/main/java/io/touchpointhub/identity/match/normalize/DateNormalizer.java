package io.touchpointhub.identity.match.normalize;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates of birth as eight digits {@code yyyyMMdd}. Values are parsed strictly with the mapping's
 * patterns; a value that fits a pattern's shape but is no calendar date (19990231, a typo) is kept
 * digit by digit, because a typo still agrees with its original in seven of eight digits.
 */
public final class DateNormalizer {

    private final List<DateTimeFormatter> formatters = new ArrayList<>();
    private final List<int[]> layouts = new ArrayList<>();

    /** @param patterns {@link DateTimeFormatter} patterns such as {@code yyyy-MM-dd} or {@code yyyyMMdd} */
    public DateNormalizer(List<String> patterns) {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("at least one date pattern is needed");
        }
        for (String pattern : patterns) {
            formatters.add(DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT));
            layouts.add(layout(pattern));
        }
    }

    /** The date as {@code yyyyMMdd}, or null when the value fits none of the patterns. */
    public String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = Scripts.nfkc(raw).trim();
        for (DateTimeFormatter formatter : formatters) {
            try {
                LocalDate date = LocalDate.parse(value, formatter);
                return digits(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            } catch (DateTimeParseException e) {
                // try the next pattern, then the shape of the value
            }
        }
        for (int[] layout : layouts) {
            String loose = loose(value, layout);
            if (loose != null) {
                return loose;
            }
        }
        return null;
    }

    /** The order and widths of year (0), month (1) and day (2) in a pattern: {kind, width, kind, width, ...}. */
    private static int[] layout(String pattern) {
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < pattern.length(); ) {
            char c = pattern.charAt(i);
            int j = i;
            while (j < pattern.length() && pattern.charAt(j) == c) {
                j++;
            }
            int kind = c == 'y' || c == 'u' ? 0 : c == 'M' ? 1 : c == 'd' ? 2 : -1;
            if (kind >= 0) {
                parts.add(kind);
                parts.add(j - i);
            }
            i = j;
        }
        return parts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String loose(String value, int[] layout) {
        String[] groups = value.split("\\D+");
        List<String> fields = new ArrayList<>();
        for (String group : groups) {
            if (!group.isEmpty()) {
                fields.add(group);
            }
        }
        int parts = layout.length / 2;
        if (fields.size() == 1 && parts > 1) {
            fields = slice(fields.get(0), layout);
        }
        if (fields == null || fields.size() != parts) {
            return null;
        }
        int[] ymd = new int[3];
        for (int p = 0; p < parts; p++) {
            String field = fields.get(p);
            if (field.length() > 4) {
                return null;
            }
            ymd[layout[2 * p]] = Integer.parseInt(field);
        }
        if (ymd[0] < 100) {
            return null;
        }
        return digits(ymd[0], ymd[1], ymd[2]);
    }

    private static List<String> slice(String digits, int[] layout) {
        int width = 0;
        for (int p = 1; p < layout.length; p += 2) {
            width += layout[p];
        }
        if (digits.length() != width) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        int at = 0;
        for (int p = 1; p < layout.length; p += 2) {
            fields.add(digits.substring(at, at + layout[p]));
            at += layout[p];
        }
        return fields;
    }

    private static String digits(int year, int month, int day) {
        if (year < 0 || year > 9999 || month > 99 || day > 99) {
            return null;
        }
        char[] out = new char[8];
        int value = year * 10000 + month * 100 + day;
        for (int i = 7; i >= 0; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return new String(out);
    }
}
