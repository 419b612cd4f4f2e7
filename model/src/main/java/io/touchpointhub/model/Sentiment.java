package io.touchpointhub.model;

import java.util.List;
import java.util.Objects;

/**
 * The sentiment of a text.
 *
 * @param label     negative, neutral or positive
 * @param score     −1 (most negative) … +1 (most positive); 0 when nothing in the text carries sentiment
 * @param method    how it was reached, for operators reading results: {@code lexicon}, {@code blend},
 *                  {@code corenlp}, {@code zh-lexicon}, {@code none}
 * @param sentences the sentiment of each sentence, in order
 */
public record Sentiment(SentimentLabel label, double score, String method, List<SentenceSentiment> sentences) {

    /** No sentiment at all: a text without words. */
    public static final Sentiment NONE = new Sentiment(SentimentLabel.NEUTRAL, 0.0, "none", List.of());

    public Sentiment {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(method, "method");
        if (!(score >= -1.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be within -1..1: " + score);
        }
        sentences = List.copyOf(sentences);
    }
}
