package io.touchpointhub.bench.resolve;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** The errors people make typing a value, each one small and seeded. */
final class Typos {

    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private Typos() {
    }

    /** One of: two adjacent letters swapped, a letter dropped, a neighbouring key hit, a letter doubled. */
    static String typo(String value, SplittableRandom random) {
        if (value.length() < 3) {
            return value + value.charAt(value.length() - 1);
        }
        return switch (random.nextInt(4)) {
            case 0 -> transpose(value, random);
            case 1 -> drop(value, random);
            case 2 -> neighbourKey(value, random);
            default -> doubled(value, random);
        };
    }

    static String transpose(String value, SplittableRandom random) {
        if (value.length() < 2) {
            return value;
        }
        int at = random.nextInt(value.length() - 1);
        char[] chars = value.toCharArray();
        // prefer a swap that changes the value: "ll" swapped is still "ll"
        for (int tries = 0; tries < value.length() && chars[at] == chars[at + 1]; tries++) {
            at = (at + 1) % (value.length() - 1);
        }
        char first = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = first;
        return new String(chars);
    }

    /** Drops a letter other than the first: initials are rarely mistyped. */
    static String drop(String value, SplittableRandom random) {
        int at = 1 + random.nextInt(value.length() - 1);
        return value.substring(0, at) + value.substring(at + 1);
    }

    static String neighbourKey(String value, SplittableRandom random) {
        int at = 1 + random.nextInt(value.length() - 1);
        char c = value.charAt(at);
        char lower = Character.toLowerCase(c);
        for (String row : KEYBOARD) {
            int i = row.indexOf(lower);
            if (i >= 0) {
                int j = i == 0 ? 1 : i == row.length() - 1 ? i - 1 : (random.nextBoolean() ? i - 1 : i + 1);
                char replacement = Character.isUpperCase(c) ? Character.toUpperCase(row.charAt(j)) : row.charAt(j);
                return value.substring(0, at) + replacement + value.substring(at + 1);
            }
        }
        return transpose(value, random);
    }

    static String doubled(String value, SplittableRandom random) {
        int at = 1 + random.nextInt(value.length() - 1);
        return value.substring(0, at + 1) + value.substring(at);
    }

    /** A digit replaced by another (a phone or postcode misread). */
    static String digit(String digits, SplittableRandom random) {
        int at = random.nextInt(digits.length());
        char replaced = (char) ('0' + (digits.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
        return digits.substring(0, at) + replaced + digits.substring(at + 1);
    }

    /** Day and month swapped (07/03 read as 03/07), when that still is a date and a different one. */
    static LocalDate swapDayMonth(LocalDate date) {
        if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return date;
        }
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }

    /** A date mistyped: a neighbouring day, or a year off by one. */
    static LocalDate dateTypo(LocalDate date, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> date.plusDays(1);
            case 1 -> date.minusDays(1);
            default -> date.plusYears(random.nextBoolean() ? 1 : -1);
        };
    }
}
