package io.touchpointhub.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.touchpointhub.model.SentimentLabel;
import io.touchpointhub.model.TextAnalysis;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HubTextAnalyzerLimitsTest {

    private static final HubTextAnalyzer ANALYZER = new HubTextAnalyzer(NlpSettings.defaults().withCoreNlp(false));

    @Test
    void emptyAndBlankTextsAreNeutralWithUndeterminedLanguage() {
        for (String text : new String[] {null, "", "   \n\t "}) {
            TextAnalysis analysis = ANALYZER.analyze(text);

            assertThat(analysis.language()).isEqualTo(TextAnalysis.UNDETERMINED);
            assertThat(analysis.sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
            assertThat(analysis.sentiment().score()).isZero();
        }
    }

    @Test
    void aOneMegabyteTextIsCutToTheLimitAndAnalysedInBoundedTime() {
        String text = "The staff were friendly and the room was spotless. ".repeat(21_000);

        TextAnalysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ANALYZER.analyze(text));

        assertThat(text.length()).isGreaterThan(1_000_000);
        assertThat(analysis.truncated()).isTrue();
        assertThat(analysis.language()).isEqualTo("en");
        assertThat(analysis.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(analysis.sentiment().sentences().get(analysis.sentiment().sentences().size() - 1).end())
                .isLessThanOrEqualTo(NlpSettings.DEFAULT_MAX_CHARS);
    }

    @Test
    void binaryJunkGetsANeutralUndeterminedAnalysis() {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        String junk = new String(bytes, StandardCharsets.UTF_8) + "\u0000\u0001\uD800";

        TextAnalysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ANALYZER.analyze(junk));

        assertThat(analysis.sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(analysis.language()).isEqualTo(TextAnalysis.UNDETERMINED);
    }

    @Test
    void mixedLanguagesGetTheDominantLanguageAndASentiment() {
        TextAnalysis mostlyChinese = ANALYZER.analyze("这个手机非常好用，电池也很耐用 totally worth it");
        TextAnalysis mostlyEnglish = ANALYZER.analyze("The dumplings in 上海 were terrible and the waiter was rude");

        assertThat(mostlyChinese.language()).isEqualTo("zh");
        assertThat(mostlyChinese.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(mostlyEnglish.language()).isEqualTo("en");
        assertThat(mostlyEnglish.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void otherLanguagesAreReportedAsSuch() {
        TextAnalysis french = ANALYZER.analyze("Le service est très lent et la chambre est sale");

        assertThat(french.language()).isEqualTo("fr");
        assertThat(french.sentiment().method()).isEqualTo("lexicon");
    }

    @Test
    void withoutCoreNlpLongFormTextFallsBackToTheLexiconLayer() {
        TextAnalysis analysis = ANALYZER.analyze("The hotel was a disappointment and I will not stay there again.",
                TextKind.LONG_FORM);

        assertThat(ANALYZER.coreNlpReady()).isFalse();
        assertThat(analysis.sentiment().method()).isEqualTo("lexicon");
        assertThat(analysis.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void loadsCoreNlpOnlyWhenATextWantsItNotAtStartOrForSocialPosts() {
        HubTextAnalyzer withCoreNlp = new HubTextAnalyzer(NlpSettings.defaults().withCoreNlp(true));

        withCoreNlp.analyze("so happy with my new phone!!! #love", TextKind.SOCIAL);

        assertThat(withCoreNlp.coreNlpRequested()).isFalse();
        assertThat(ANALYZER.coreNlpRequested()).isFalse();
    }
}
