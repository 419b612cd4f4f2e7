package io.touchpointhub.nlp.sentiment;

/**
 * VADER's scores of a text.
 *
 * @param compound  the normalised sum of valences, −1 … +1 (0 when no word carries sentiment)
 * @param positive  share of the text that is positive, 0 … 1
 * @param negative  share that is negative
 * @param neutral   share that is neutral
 * @param sentimentWords how many words carried a valence
 */
public record LexiconScore(double compound, double positive, double negative, double neutral, int sentimentWords) {

    public static final LexiconScore NONE = new LexiconScore(0, 0, 0, 0, 0);
}
