package io.touchpointhub.identity.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateComparatorTest {

    private final DateComparator dates = new DateComparator();

    private String level(String a, String b) {
        return dates.levels().get(dates.compare(a, b));
    }

    @Test
    void dayAndMonthSwappedIsItsOwnLevel() {
        assertThat(level("19710604", "19710406")).isEqualTo("day-month-swapped");
        assertThat(level("19850312", "19851203")).isEqualTo("day-month-swapped");
    }

    @Test
    void oneDigitOffOrTwoDigitsSwappedIsOneDigitOff() {
        assertThat(level("19850312", "19850313")).isEqualTo("one-digit-off");
        assertThat(level("19850312", "19580312")).isEqualTo("one-digit-off");
    }

    @Test
    void theSameDayAYearApartOrMonthsApartIsWithinOneYear() {
        assertThat(level("19891231", "19901231")).isEqualTo("within-one-year");
        assertThat(level("19851130", "19860220")).isEqualTo("within-one-year");
    }

    @Test
    void datesYearsApartAreDifferent() {
        assertThat(level("19850312", "19620907")).isEqualTo("different");
        assertThat(level("19850312", "19790312")).isEqualTo("different");
    }
}
