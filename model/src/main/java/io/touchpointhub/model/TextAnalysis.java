package io.touchpointhub.model;

import java.util.List;
import java.util.Objects;

/**
 * What the hub understood of one text: its language, sentiment, named entities, keywords and the
 * social markers (hashtags, mentions, URLs) it carries.
 *
 * @param language  ISO 639-1 code ({@code en}, {@code zh}, {@code fr} ...) or {@code und} when the text has
 *                  too few letters to tell
 * @param sentiment label, score in −1 … +1 and per-sentence results
 * @param entities  people, organisations, products and locations named in the text
 * @param keywords  the words that characterise the text, most characteristic first
 * @param hashtags  hashtags without {@code #}, in order of appearance, each once
 * @param mentions  mentioned handles without {@code @}, in order of appearance, each once
 * @param urls      links, in order of appearance, each once
 * @param truncated whether only the first part of a very long text was analysed (the hub's length limit)
 */
public record TextAnalysis(
        String language,
        Sentiment sentiment,
        List<NamedEntity> entities,
        List<String> keywords,
        List<String> hashtags,
        List<String> mentions,
        List<String> urls,
        boolean truncated) {

    /** The language code of texts whose language cannot be told (empty, digits, binary junk). */
    public static final String UNDETERMINED = "und";

    public TextAnalysis {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sentiment, "sentiment");
        entities = List.copyOf(entities);
        keywords = List.copyOf(keywords);
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        urls = List.copyOf(urls);
    }

    /** The analysis of a text with nothing to analyse: undetermined language, neutral, nothing found. */
    public static TextAnalysis empty() {
        return new TextAnalysis(UNDETERMINED, Sentiment.NONE, List.of(), List.of(), List.of(), List.of(), List.of(), false);
    }
}
