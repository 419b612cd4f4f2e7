package io.touchpointhub.nlp.sentiment;

/**
 * The thresholds and weights of the English sentiment layer, chosen by grid search on the tuning halves
 * of the English evaluation sets ({@code bench/sentiment.sh --tune}; the reported figures come from the
 * other halves): the lexicon bands on the tweets, the review blend on the movie-review snippets, the
 * long-form blend on the NYT editorial snippets.
 *
 * @param lexiconNegative a lexicon-only score below this is negative
 * @param lexiconPositive above this it is positive
 * @param review          the blend for reviews (opinionated: few are neutral)
 * @param longForm        the blend for other long-form text (articles, e-mails: many are neutral)
 */
public record SentimentTuning(double lexiconNegative, double lexiconPositive, Blend review, Blend longForm) {

    /** The values measured for the hub (see docs/nlp.md). */
    public static final SentimentTuning DEFAULT = new SentimentTuning(-0.0875, 0.4125,
            new Blend(1.00, 0.0, 0.15), new Blend(0.30, -0.0875, 0.25));

    /**
     * How CoreNLP's score and the lexicon score are combined, and where the neutral band lies.
     *
     * @param weight   weight of CoreNLP's score (the lexicon has 1 − weight)
     * @param negative a blended score below this is negative
     * @param positive above this it is positive
     */
    public record Blend(double weight, double negative, double positive) {
    }
}
