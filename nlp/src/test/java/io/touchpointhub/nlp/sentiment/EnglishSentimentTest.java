package io.touchpointhub.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchpointhub.model.Sentiment;
import io.touchpointhub.model.SentimentLabel;
import io.touchpointhub.nlp.corenlp.CoreNlpResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexicon layer's whole-text scoring and the per-kind blends, with CoreNLP's output made up. */
class EnglishSentimentTest {

    private static final VaderSentiment VADER = new VaderSentiment(VaderLexicon.load());
    private static final SentimentTuning TUNING = new SentimentTuning(-0.1, 0.4,
            new SentimentTuning.Blend(0.9, 0.0, 0.15), new SentimentTuning.Blend(0.3, -0.1, 0.25));
    private static final EnglishSentiment ENGLISH = new EnglishSentiment(VADER, TUNING);

    /** A CoreNLP result of one sentence covering the text, with the given class probabilities. */
    private static CoreNlpResult core(String text, double... probabilities) {
        return new CoreNlpResult(List.of(new CoreNlpResult.Sentence(0, text.length(), 10, probabilities)), List.of());
    }

    @Test
    void aSocialPostIsScoredWholeAsVaderScoresTweetsWhateverItsLength() {
        String post = "Great hotel. Lovely staff. Awful breakfast. Terrible parking. Will come back!";

        Sentiment sentiment = ENGLISH.lexicon(post, false);

        assertThat(sentiment.score()).isCloseTo(VADER.score(post).compound(), within(1e-9));
        assertThat(sentiment.sentences()).hasSize(5);
    }

    @Test
    void longFormTextIsScoredWholeUpToAParagraphAndByTheMeanOfItsSentencesBeyond() {
        String paragraph = "Great hotel. Lovely staff. Will come back!";
        String longer = "Great hotel. Lovely staff. Awful breakfast. Terrible parking. The pool was fine.";

        Sentiment whole = ENGLISH.lexicon(paragraph, true);
        Sentiment averaged = ENGLISH.lexicon(longer, true);

        assertThat(whole.score()).isCloseTo(VADER.score(paragraph).compound(), within(1e-9));
        double mean = averaged.sentences().stream().mapToDouble(s -> s.score()).average().orElseThrow();
        assertThat(averaged.score()).isCloseTo(mean, within(1e-9));
        assertThat(averaged.score()).isNotCloseTo(VADER.score(longer).compound(), within(0.01));
    }

    @Test
    void lexiconLabelsFollowTheTunedBandsNotVadersDefault() {
        // compound 0.3612: positive for VADER's ±0.05 band, neutral inside the tuned band (0.4)
        Sentiment sentiment = ENGLISH.lexicon("I like it", false);

        assertThat(sentiment.score()).isBetween(0.05, 0.4);
        assertThat(sentiment.label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void aReviewLeansOnCoreNlpWhileOtherLongFormTextLeansOnTheLexicon() {
        String text = "The plot is predictable and the ending drags on";
        CoreNlpResult positiveCore = core(text, 0.0, 0.1, 0.2, 0.5, 0.2);

        Sentiment review = ENGLISH.blend(text, positiveCore, true);
        Sentiment article = ENGLISH.blend(text, positiveCore, false);

        double lexicon = VADER.score(text).compound();
        assertThat(review.score()).isCloseTo(0.9 * positiveCore.score() + 0.1 * lexicon, within(1e-9));
        assertThat(article.score()).isCloseTo(0.3 * positiveCore.score() + 0.7 * lexicon, within(1e-9));
        assertThat(review.method()).isEqualTo("blend");
    }

    @Test
    void theReviewBlendHasANarrowerNeutralBandThanArticles() {
        String text = "The room was on the third floor";
        CoreNlpResult mildlyPositive = core(text, 0.0, 0.0, 0.6, 0.4, 0.0); // CoreNLP score 0.2

        assertThat(ENGLISH.blend(text, mildlyPositive, true).label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(ENGLISH.blend(text, mildlyPositive, false).label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void eachSentenceIsBlendedWithTheCoreNlpSentenceItOverlaps() {
        String text = "The staff were wonderful. The room was filthy.";
        CoreNlpResult core = new CoreNlpResult(List.of(
                new CoreNlpResult.Sentence(0, 25, 5, new double[] {0, 0, 0, 0.2, 0.8}),
                new CoreNlpResult.Sentence(26, text.length(), 5, new double[] {0.8, 0.2, 0, 0, 0})), List.of());

        Sentiment sentiment = ENGLISH.blend(text, core, true);

        assertThat(sentiment.sentences()).extracting(s -> s.label())
                .containsExactly(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE);
    }
}
