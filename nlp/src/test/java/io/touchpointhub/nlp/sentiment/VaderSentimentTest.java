package io.touchpointhub.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VaderSentimentTest {

    private static final VaderSentiment VADER = new VaderSentiment(VaderLexicon.load());

    private static double compound(String text) {
        return VADER.score(text).compound();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "VADER is smart, handsome, and funny.|0.8316",
            "VADER is smart, handsome, and funny!|0.8439",
            "VADER is very smart, handsome, and funny.|0.8545",
            "VADER is VERY SMART, handsome, and FUNNY.|0.9227",
            "VADER is VERY SMART, handsome, and FUNNY!!!|0.9342",
            "VADER is not smart, handsome, nor funny.|-0.7424",
            "The book was good.|0.4404",
            "At least it isn't a horrible book.|0.431",
            "The book was only kind of good.|0.3832",
            "The plot was good, but the characters are uncompelling and the dialog is not great.|-0.7042",
            "Today SUX!|-0.5461",
            "Make sure you :) or :D today!|0.8633"})
    void reproducesTheCompoundScoresPublishedWithVader(String text, double expected) {
        assertThat(compound(text)).isCloseTo(expected, within(0.001));
    }

    @Test
    void negationTurnsPraiseIntoCriticism() {
        assertThat(compound("The food was good")).isPositive();
        assertThat(compound("The food was not good")).isNegative();
        assertThat(compound("The food wasn't very good")).isNegative();
        assertThat(compound("There was no good food")).isNegative();
    }

    @Test
    void theClauseAfterButOutweighsTheOneBefore() {
        assertThat(compound("The room was lovely but the staff were rude")).isNegative();
        assertThat(compound("The staff were rude but the room was lovely")).isPositive();
    }

    @Test
    void capitalsAmongLowerCaseWordsEmphasise() {
        assertThat(compound("the service was GREAT")).isGreaterThan(compound("the service was great"));
        assertThat(compound("the service was AWFUL")).isLessThan(compound("the service was awful"));
    }

    @Test
    void intensifiersStrengthenAndDiminishersWeaken() {
        assertThat(compound("the battery is extremely good")).isGreaterThan(compound("the battery is good"));
        assertThat(compound("the battery is slightly good")).isLessThan(compound("the battery is good"));
        assertThat(compound("the battery is good!!!")).isGreaterThan(compound("the battery is good"));
    }

    @Test
    void emojiCountByTheirNames() {
        assertThat(compound("new phone 😍")).isPositive();
        assertThat(compound("my order is late again 😢")).isNegative();
        assertThat(compound("I love it ❤️")).isGreaterThan(compound("I love it"));
    }

    @Test
    void textWithoutSentimentWordsScoresZero() {
        assertThat(compound("The parcel arrived on Tuesday.")).isZero();
        assertThat(VADER.score("   ")).isEqualTo(LexiconScore.NONE);
    }
}
