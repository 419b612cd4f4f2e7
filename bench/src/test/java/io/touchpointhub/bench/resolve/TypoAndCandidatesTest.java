package io.touchpointhub.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The small pieces: each typo does what its name says; the candidate count is found in a progress line. */
class TypoAndCandidatesTest {

    private final SplittableRandom random = new SplittableRandom(3);

    @Test
    void aTranspositionSwapsTwoAdjacentLettersAndKeepsTheRest() {
        for (int i = 0; i < 50; i++) {
            String typo = Typos.transpose("margaret", random);
            assertThat(typo).isNotEqualTo("margaret").hasSize(8);
            assertThat(typo.chars().sorted().toArray()).isEqualTo("margaret".chars().sorted().toArray());
        }
    }

    @Test
    void aDroppedLetterKeepsTheInitial() {
        for (int i = 0; i < 50; i++) {
            assertThat(Typos.drop("Robert", random)).hasSize(5).startsWith("R");
        }
    }

    @Test
    void dayAndMonthSwapOnlyWhenTheResultIsAnotherDate() {
        assertThat(Typos.swapDayMonth(LocalDate.of(1990, 3, 7))).isEqualTo(LocalDate.of(1990, 7, 3));
        assertThat(Typos.swapDayMonth(LocalDate.of(1990, 3, 17))).isEqualTo(LocalDate.of(1990, 3, 17));
        assertThat(Typos.swapDayMonth(LocalDate.of(1990, 5, 5))).isEqualTo(LocalDate.of(1990, 5, 5));
    }

    @Test
    void aPhoneDigitTypoChangesExactlyOneDigit() {
        String typo = Typos.digit("4152345678", random);
        int differences = 0;
        for (int i = 0; i < typo.length(); i++) {
            differences += typo.charAt(i) == "4152345678".charAt(i) ? 0 : 1;
        }
        assertThat(differences).isEqualTo(1);
    }

    @Test
    void theCandidateCountIsReadFromTheWaysAProgressLineMaySayIt() {
        assertThat(TimedProcess.candidatesIn("blocking: 1,234,567 candidate pairs from 3 rules")).isEqualTo(1_234_567);
        assertThat(TimedProcess.candidatesIn("Candidates: 5000")).isEqualTo(5_000);
        assertThat(TimedProcess.candidatesIn("candidate pairs = 42")).isEqualTo(42);
        assertThat(TimedProcess.candidatesIn("scored 10,000 records/s")).isEqualTo(-1);
    }
}
