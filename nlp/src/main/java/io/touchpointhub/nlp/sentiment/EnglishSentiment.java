package io.touchpointhub.nlp.sentiment;

import io.touchpointhub.model.SentenceSentiment;
import io.touchpointhub.model.Sentiment;
import io.touchpointhub.nlp.corenlp.CoreNlpResult;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * English sentiment: VADER's lexicon and rules per sentence, optionally blended with CoreNLP's
 * recursive model. A one-sentence text is scored whole, as VADER does; a longer one by the mean of its
 * sentences (VADER's compound saturates on long texts).
 */
public final class EnglishSentiment {

    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ENGLISH);

    private final VaderSentiment vader;
    private final SentimentTuning tuning;

    public EnglishSentiment(VaderSentiment vader, SentimentTuning tuning) {
        this.vader = vader;
        this.tuning = tuning;
    }

    /** The lexicon layer alone. */
    public Sentiment lexicon(String text) {
        List<SentenceSentiment> sentences = sentences(text);
        double score = sentences.size() <= 1 ? vader.score(text).compound() : mean(sentences);
        return new Sentiment(Polarity.label(score, tuning.lexiconNegative(), tuning.lexiconPositive()), score,
                "lexicon", sentences);
    }

    /** The lexicon layer blended with CoreNLP's result for (the leading part of) the same text. */
    public Sentiment blend(String text, CoreNlpResult core) {
        Sentiment lexicon = lexicon(text);
        double w = tuning.blendWeight();
        double score = Polarity.clamp(w * core.score() + (1 - w) * lexicon.score());
        List<SentenceSentiment> sentences = new ArrayList<>();
        for (SentenceSentiment sentence : lexicon.sentences()) {
            sentences.add(blendSentence(sentence, core));
        }
        return new Sentiment(Polarity.label(score, tuning.blendNegative(), tuning.blendPositive()), score, "blend",
                sentences);
    }

    private SentenceSentiment blendSentence(SentenceSentiment sentence, CoreNlpResult core) {
        for (CoreNlpResult.Sentence parsed : core.sentences()) {
            boolean same = parsed.begin() < sentence.end() && sentence.begin() < parsed.end();
            if (same && parsed.probabilities() != null) {
                double w = tuning.blendWeight();
                double score = Polarity.clamp(w * parsed.score() + (1 - w) * sentence.score());
                return new SentenceSentiment(sentence.begin(), sentence.end(),
                        Polarity.label(score, tuning.blendNegative(), tuning.blendPositive()), score);
            }
        }
        return sentence;
    }

    private List<SentenceSentiment> sentences(String text) {
        BreakIterator iterator = (BreakIterator) SENTENCES.clone();
        iterator.setText(text);
        List<SentenceSentiment> sentences = new ArrayList<>();
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = text.substring(start, end);
            if (!sentence.isBlank()) {
                double score = vader.score(sentence).compound();
                sentences.add(new SentenceSentiment(start, end, Polarity.label(score, tuning.lexiconNegative(),
                        tuning.lexiconPositive()), score));
            }
        }
        return sentences;
    }

    private static double mean(List<SentenceSentiment> sentences) {
        return sentences.stream().mapToDouble(SentenceSentiment::score).average().orElse(0);
    }
}
