package io.touchpointhub.identity.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.match.normalize.TextTokens;
import org.junit.jupiter.api.Test;

class TextComparatorsTest {

    @Test
    void tfIdfCosineRanksASharedModelNumberAboveSharedCommonWords() {
        String[] titles = {
            TextTokens.normalize("Sony Turntable - PSLX350H"),
            TextTokens.normalize("Sony PS-LX350H Belt-Drive Turntable"),
            TextTokens.normalize("Sony Black Turntable - PSLX250H"),
            TextTokens.normalize("Sony Black Digital Camera"),
            TextTokens.normalize("Sony Black Headphones")};
        TfIdfComparator text = new TfIdfComparator();
        Object[] prepared = text.prepareAll(titles, new int[] {1, 1, 1, 1, 1});

        double sameModel = text.similarity(prepared[0], prepared[1]);
        double sibling = text.similarity(prepared[0], prepared[2]);

        assertThat(sameModel).isGreaterThan(sibling);
        assertThat(text.compare(prepared[0], prepared[1])).isLessThan(text.compare(prepared[0], prepared[3]));
        assertThat(text.levels().get(text.compare(prepared[3], prepared[4]))).isNotEqualTo("cosine>=0.9");
    }

    @Test
    void tfIdfBandsRunFromCosineNinetyDownToDifferent() {
        TfIdfComparator text = new TfIdfComparator();
        Object[] prepared = text.prepareAll(new String[] {"a b c d", "a b c e", "x y z w"}, new int[] {1, 1, 1});

        assertThat(text.levels()).startsWith("cosine>=0.9").endsWith("different");
        assertThat(text.bandFloors()).hasSize(text.levels().size() - 1);
        assertThat(text.levels().get(text.compare(prepared[0], prepared[2]))).isEqualTo("different");
    }

    @Test
    void codesOneLetterApartMeetButCodesWithOtherDigitsDoNot() {
        assertThat(TfIdfComparator.sameModel("dscs750", "dsc750")).isTrue();
        assertThat(TfIdfComparator.sameModel("dscw150", "dscw130")).isFalse();
    }

    @Test
    void tokenSetLevelsCoverReorderedWordsAndSharedWords() {
        TokenSetComparator tokens = new TokenSetComparator();

        assertThat(tokens.levels().get(tokens.compare(tokens.prepare("john paul smith"), tokens.prepare("smith john paul"))))
                .isEqualTo("same-words-reordered");
        assertThat(tokens.levels().get(tokens.compare(tokens.prepare("12 high street"), tokens.prepare("12 high streen"))))
                .isEqualTo("jaro-winkler>=0.92");
        assertThat(tokens.levels().get(tokens.compare(tokens.prepare("j smith"), tokens.prepare("john smith"))))
                .isEqualTo("most-words-shared");
        assertThat(tokens.levels().get(tokens.compare(tokens.prepare("acme"), tokens.prepare("globex"))))
                .isEqualTo("different");
    }

    @Test
    void emailLevelsAreTypoThenSameLocalPartThenDifferent() {
        EmailComparator email = new EmailComparator();

        assertThat(level(email, "ann.lee@example.com", "ann.le@example.com")).isEqualTo("edit-distance-1");
        assertThat(level(email, "ann.lee@example.com", "ann.lee@mail.example")).isEqualTo("same-local-part");
        assertThat(level(email, "ann.lee@example.com", "bob@example.com")).isEqualTo("different");
    }

    @Test
    void numbersAndYearsCompareWithinTolerances() {
        NumberComparator price = new NumberComparator();
        YearComparator year = new YearComparator();

        assertThat(level(price, "399", "399.99")).isEqualTo("within-1%");
        assertThat(level(price, "399", "379")).isEqualTo("within-10%");
        assertThat(level(price, "399", "299")).isEqualTo("within-30%");
        assertThat(level(price, "399", "99")).isEqualTo("different");
        assertThat(level(year, "1999", "2000")).isEqualTo("one-year-apart");
        assertThat(level(year, "1999", "2003")).isEqualTo("different");
    }

    @Test
    void categoriesAreEqualOrDifferent() {
        ExactComparator gender = new ExactComparator();

        assertThat(level(gender, "m", "f")).isEqualTo("different");
    }

    private static String level(FieldComparator comparator, String a, String b) {
        return comparator.levels().get(comparator.compare(comparator.prepare(a), comparator.prepare(b)));
    }
}
