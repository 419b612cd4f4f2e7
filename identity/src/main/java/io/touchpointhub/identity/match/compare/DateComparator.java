package io.touchpointhub.identity.match.compare;

import java.util.List;

/**
 * Dates as {@code yyyyMMdd}: exact, day and month swapped, one digit off (a typo or two adjacent
 * digits swapped), within a year (the same day and month a year apart, or less than 12 months
 * apart), different.
 */
public final class DateComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("exact", "day-month-swapped", "one-digit-off",
            "within-one-year", "different");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(Object a, Object b) {
        String x = (String) a;
        String y = (String) b;
        int dx = Integer.parseInt(x);
        int dy = Integer.parseInt(y);
        int yearX = dx / 10000;
        int yearY = dy / 10000;
        int monthX = dx / 100 % 100;
        int monthY = dy / 100 % 100;
        int dayX = dx % 100;
        int dayY = dy % 100;
        if (yearX == yearY && monthX == dayY && dayX == monthY) {
            return 1;
        }
        if (Similarity.editDistance(x, y, 1) == 1) {
            return 2;
        }
        int months = Math.abs((yearX * 12 + monthX) - (yearY * 12 + monthY));
        if (months <= 12 && (months < 12 || dayX == dayY)) {
            return 3;
        }
        return 4;
    }
}
