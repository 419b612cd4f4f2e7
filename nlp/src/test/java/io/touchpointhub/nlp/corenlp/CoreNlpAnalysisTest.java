package io.touchpointhub.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.model.EntityType;
import io.touchpointhub.model.SentimentLabel;
import io.touchpointhub.model.TextAnalysis;
import io.touchpointhub.nlp.HubTextAnalyzer;
import io.touchpointhub.nlp.NlpSettings;
import io.touchpointhub.nlp.TextKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The only tests that load CoreNLP (about 15 s and 700 MB of heap): one analyser for all of them. */
class CoreNlpAnalysisTest {

    private static HubTextAnalyzer analyzer;

    @BeforeAll
    static void loadCoreNlpOnce() {
        analyzer = new HubTextAnalyzer(NlpSettings.defaults());
        assertThat(analyzer.awaitCoreNlp()).isTrue();
    }

    @Test
    void longFormTextIsBlendedWithCoreNlpSentencePerSentence() {
        String review = "Our hotel in Lisbon was awful. The room was dirty and the air conditioning never worked. "
                + "The manager, John Carter, was rude and unhelpful.";

        TextAnalysis analysis = analyzer.analyze(review, TextKind.LONG_FORM);

        assertThat(analysis.sentiment().method()).isEqualTo("blend");
        assertThat(analysis.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(analysis.sentiment().sentences()).hasSize(3);
        assertThat(analysis.entities()).extracting(e -> e.type() + ":" + e.text())
                .contains("LOCATION:Lisbon", "PERSON:John Carter");
    }

    @Test
    void reviewsAreBlendedWithCoreNlpEvenWhenShort() {
        TextAnalysis review = analyzer.analyze("A tedious, overlong film.", TextKind.REVIEW);
        TextAnalysis unknown = analyzer.analyze("A tedious, overlong film.");

        assertThat(review.sentiment().method()).isEqualTo("blend");
        assertThat(review.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(unknown.sentiment().method()).isEqualTo("lexicon");
    }

    @Test
    void shortSocialPostsStayWithTheLexiconLayer() {
        TextAnalysis analysis = analyzer.analyze("omg the new update is sooo good 😍 #win", TextKind.SOCIAL);

        assertThat(analysis.sentiment().method()).isEqualTo("lexicon");
        assertThat(analysis.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void coreNlpAloneGivesClassProbabilitiesPerSentence() {
        CoreNlpResult result = CoreNlpPipeline.load().analyze("This film is a masterpiece. I loved every minute.");

        assertThat(result.sentences()).hasSize(2);
        assertThat(result.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(result.score()).isPositive();
        assertThat(EntityType.valueOf("PERSON")).isNotNull();
    }
}
