package io.touchpointhub.nlp.sentiment;

import io.touchpointhub.model.SentimentLabel;

/** Turning valence sums into scores in −1 … +1 and scores into labels. */
public final class Polarity {

    /** VADER's own neutral band: |compound| below 0.05 is neutral. */
    public static final double DEFAULT_NEUTRAL_BAND = 0.05;

    private Polarity() {
    }

    /** VADER's normalisation of a valence sum: sum / sqrt(sum² + 15), within −1 … +1. */
    public static double normalize(double sum) {
        return VaderScoring.normalize(sum);
    }

    /** Negative below −band, positive above +band, neutral in between. */
    public static SentimentLabel label(double score, double band) {
        return label(score, -band, band);
    }

    public static SentimentLabel label(double score, double negativeBelow, double positiveAbove) {
        if (score > positiveAbove) {
            return SentimentLabel.POSITIVE;
        }
        return score < negativeBelow ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }

    public static double clamp(double score) {
        return Math.max(-1.0, Math.min(1.0, score));
    }
}
