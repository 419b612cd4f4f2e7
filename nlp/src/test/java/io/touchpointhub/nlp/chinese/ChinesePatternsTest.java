package io.touchpointhub.nlp.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.model.SentimentLabel;
import io.touchpointhub.nlp.HubTextAnalyzer;
import io.touchpointhub.nlp.NlpSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The review idioms that carry sentiment without a sentiment word; hand-written sentences. */
class ChinesePatternsTest {

    private static final HubTextAnalyzer ANALYZER = new HubTextAnalyzer(NlpSettings.defaults().withCoreNlp(false));

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            // excess: a neutral adjective after 太/过于 is a complaint
            "奶茶太甜了|NEGATIVE",
            "汤过于咸|NEGATIVE",
            // never again: a negation before 再
            "以后不会再订这家了|NEGATIVE",
            "我不再来这里|NEGATIVE",
            // an expected action that did not happen
            "没给筷子|NEGATIVE",
            "外卖员不送上楼|NEGATIVE",
            // something missing
            "房间里没有窗户|NEGATIVE",
            // "not ordinary" intensifies instead of negating
            "这家店不是一般的难吃|NEGATIVE",
            "服务非一般的好|POSITIVE",
            // negations that are not complaints
            "没想到这么好吃|POSITIVE",
            "我不知道明天去哪里|NEUTRAL",
            // a real sentiment word outweighs the pattern
            "没放香菜，但是非常好吃|POSITIVE"})
    void readsReviewIdiomsWithoutSentimentWords(String text, SentimentLabel expected) {
        assertThat(ANALYZER.analyze(text).sentiment().label()).isEqualTo(expected);
    }

    @Test
    void exclamationMarksStrengthenAndARunOfThemStillEndsTheSentence() {
        double plain = score("味道很好。");
        double exclaimed = score("味道很好！！！");

        assertThat(exclaimed).isGreaterThan(plain);
        assertThat(ANALYZER.analyze("味道很好！！！房间很脏").sentiment().sentences()).hasSize(2);
    }

    @Test
    void aSentenceHedgedWithBaSaysLess() {
        assertThat(score("还行吧")).isPositive().isLessThan(score("还行"));
    }

    private static double score(String text) {
        return ANALYZER.analyze(text).sentiment().score();
    }
}
