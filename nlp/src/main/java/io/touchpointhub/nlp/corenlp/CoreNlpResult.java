package io.touchpointhub.nlp.corenlp;

import io.touchpointhub.model.NamedEntity;
import io.touchpointhub.model.SentimentLabel;
import java.util.List;

/**
 * What CoreNLP found in a text: per sentence the probabilities of its five sentiment classes, and the
 * named entities.
 */
public record CoreNlpResult(List<Sentence> sentences, List<NamedEntity> entities) {

    /**
     * One sentence.
     *
     * @param probabilities very negative, negative, neutral, positive, very positive; null when the
     *                      sentence was too long to parse
     */
    public record Sentence(int begin, int end, int tokens, double[] probabilities) {

        /** The expected class on −1 … +1 (very negative −1, negative −½, neutral 0 ...). */
        public double score() {
            if (probabilities == null) {
                return 0;
            }
            return -probabilities[0] - 0.5 * probabilities[1] + 0.5 * probabilities[3] + probabilities[4];
        }
    }

    /** Class probabilities averaged over sentences, weighted by tokens (the harness's CoreNLP convention). */
    public double[] averageProbabilities() {
        double[] sum = new double[5];
        double weight = 0;
        for (Sentence sentence : sentences) {
            if (sentence.probabilities() != null) {
                for (int i = 0; i < 5; i++) {
                    sum[i] += sentence.probabilities()[i] * sentence.tokens();
                }
                weight += sentence.tokens();
            }
        }
        if (weight == 0) {
            return null;
        }
        for (int i = 0; i < 5; i++) {
            sum[i] /= weight;
        }
        return sum;
    }

    /** The token-weighted expected class of the text on −1 … +1, 0 when nothing was parsed. */
    public double score() {
        double[] p = averageProbabilities();
        return p == null ? 0 : -p[0] - 0.5 * p[1] + 0.5 * p[3] + p[4];
    }

    /** CoreNLP's own label: classes 0–1 negative, 2 neutral, 3–4 positive, by the larger probability mass. */
    public SentimentLabel label() {
        double[] p = averageProbabilities();
        if (p == null) {
            return SentimentLabel.NEUTRAL;
        }
        double negative = p[0] + p[1];
        double positive = p[3] + p[4];
        if (p[2] >= negative && p[2] >= positive) {
            return SentimentLabel.NEUTRAL;
        }
        return positive > negative ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
    }
}
