package io.touchpointhub.nlp.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.seg.common.Term;
import io.touchpointhub.model.EntityType;
import io.touchpointhub.model.SentimentLabel;
import io.touchpointhub.model.TextAnalysis;
import io.touchpointhub.nlp.HubTextAnalyzer;
import io.touchpointhub.nlp.NlpSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-written sentences, none from the evaluation sets. */
class ChineseAnalysisTest {

    private static final HubTextAnalyzer ANALYZER = new HubTextAnalyzer(NlpSettings.defaults().withCoreNlp(false));

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "这家酒店的服务非常好，房间也很干净。|POSITIVE",
            "房间太脏了，服务态度很差，再也不会来了。|NEGATIVE",
            "這家餐廳的菜很難吃，服務也很慢。|NEGATIVE",
            "這款手機的螢幕很漂亮，我非常滿意。|POSITIVE",
            "外卖送得很快，味道也不错，下次还点。|POSITIVE",
            "一点都不好吃，太失望了|NEGATIVE",
            "房间不大，但是很干净，性价比高|POSITIVE",
            "早餐很丰富，可是前台的态度让人非常失望|NEGATIVE",
            "我明天去上海开会。|NEUTRAL"})
    void scoresSimplifiedAndTraditionalChinese(String text, SentimentLabel expected) {
        TextAnalysis analysis = ANALYZER.analyze(text);

        assertThat(analysis.language()).isEqualTo("zh");
        assertThat(analysis.sentiment().label()).isEqualTo(expected);
        assertThat(analysis.sentiment().method()).isEqualTo("zh-lexicon");
    }

    @Test
    void segmentsTraditionalChineseAfterConvertingItToSimplified() {
        String simplified = ChineseText.simplified("我們在臺北買了一台筆記型電腦");

        List<String> words = ChineseText.segment(simplified).stream().map(t -> t.word).toList();

        assertThat(simplified).hasSameSizeAs("我們在臺北買了一台筆記型電腦");
        assertThat(words).contains("我们", "台北");
    }

    @Test
    void namesPeoplePlacesAndOrganisationsWithOffsetsInTheOriginalText() {
        String text = "张伟昨天在北京的清华大学做了报告";

        TextAnalysis analysis = ANALYZER.analyze(text);

        assertThat(analysis.entities()).extracting(e -> e.type() + ":" + e.text())
                .contains("PERSON:张伟", "LOCATION:北京");
        analysis.entities().forEach(e -> assertThat(text.substring(e.begin(), e.end())).isEqualTo(e.text()));
    }

    @Test
    void perSentenceResultsCoverEachSentence() {
        String text = "服务很好。房间很脏！";

        List<Term> terms = ChineseText.segment(text);
        var result = new ChineseSentiment().score(terms, text);

        assertThat(result.sentences()).extracting(s -> s.label())
                .containsExactly(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE);
        assertThat(text.substring(result.sentences().get(1).begin(), result.sentences().get(1).end())).isEqualTo("房间很脏");
        assertThat(EntityType.values()).isNotEmpty();
    }
}
