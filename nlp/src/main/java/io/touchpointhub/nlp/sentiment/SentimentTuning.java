package io.touchpointhub.nlp.sentiment;

/**
 * The thresholds and weight of the sentiment layer, chosen on the tuning halves of the English
 * evaluation sets by {@code bench/sentiment.sh --tune} (the reported figures come from the other halves).
 *
 * @param lexiconNegative a lexicon-only score below this is negative
 * @param lexiconPositive above this it is positive
 * @param blendWeight     weight of CoreNLP's score in the blend (the lexicon has 1 − weight)
 * @param blendNegative   a blended score below this is negative
 * @param blendPositive   above this it is positive
 */
public record SentimentTuning(double lexiconNegative, double lexiconPositive, double blendWeight,
                              double blendNegative, double blendPositive) {

    /** The values measured for the hub (see docs/nlp.md). */
    public static final SentimentTuning DEFAULT = new SentimentTuning(-0.088, 0.175, 0.60, -0.025, 0.175);
}
