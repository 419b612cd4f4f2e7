package io.touchpointhub.model;

import java.util.Objects;

/**
 * The sentiment of one sentence of a text.
 *
 * @param begin offset of the sentence's first character in the analysed text
 * @param end   offset after its last character
 * @param label negative, neutral or positive
 * @param score −1 … +1
 */
public record SentenceSentiment(int begin, int end, SentimentLabel label, double score) {

    public SentenceSentiment {
        Objects.requireNonNull(label, "label");
    }
}
