package io.touchpointhub.identity.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.match.normalize.CompanyNormalizer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CompanyComparatorTest {

    private static final String[] NAMES = Arrays.stream(new String[] {
        "Koninklijke Philips Electronics N.V.", "PHILIPS ELECTRONICS KONINK", "Philips", "Philips Gloeilampenfabrieken",
        "Gist-Brocades", "GISTBROCADES", "Unilever N.V.", "Uniliver", "Koninklijke KPN", "Electronic Arts",
        "AKZO NOBEL", "AKZO NOBEL ARNHEM", "Phillips Electronics Koninklijke", "Eindhoven Gloeilampenfabrieken"})
            .map(CompanyNormalizer::normalize).toArray(String[]::new);

    private final CompanyComparator comparator = new CompanyComparator();
    private final Object[] prepared = comparator.prepareAll(NAMES, new int[] {5, 5, 5, 2, 1, 1, 3, 1, 1, 1, 2, 1, 1, 1});

    private String level(int a, int b) {
        return NAMES[a].equals(NAMES[b]) ? "exact" : comparator.levels().get(comparator.compare(prepared[a], prepared[b]));
    }

    @Test
    void wordOrderLegalFormsAbbreviationsAndTyposMakeTheSameName() {
        assertThat(level(0, 1)).isEqualTo("exact");
        assertThat(level(4, 5)).isEqualTo("same-words");
        assertThat(level(6, 7)).isEqualTo("same-words");
        assertThat(level(0, 12)).isEqualTo("same-words");
    }

    @Test
    void aShortNameInsideALongerOneIsContainment() {
        assertThat(level(2, 0)).isEqualTo("all-words-of-one-in-other");
        assertThat(level(10, 11)).isEqualTo("all-words-of-one-in-other");
    }

    @Test
    void sharingTheRarestWordBeatsSharingACommonOne() {
        assertThat(level(3, 13)).isEqualTo("distinctive-word-shared");
        assertThat(level(0, 9)).isEqualTo("some-word-shared");
        assertThat(level(8, 9)).isEqualTo("different");
    }

    @Test
    void wordsMatchAsAbbreviationsOrWithinATypo() {
        assertThat(CompanyComparator.sameWord("gloeilampenfab", "gloeilampenfabrieken")).isTrue();
        assertThat(CompanyComparator.sameWord("phillips", "philips")).isTrue();
        assertThat(CompanyComparator.sameWord("akzo", "asml")).isFalse();
        assertThat(CompanyComparator.sameWord("abc", "abcd")).isFalse();
    }
}
