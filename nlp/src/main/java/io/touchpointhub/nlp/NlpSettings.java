package io.touchpointhub.nlp;

import io.touchpointhub.model.EntityType;
import java.util.List;
import java.util.Map;

/**
 * How the analyser runs.
 *
 * @param maxChars          longer texts are cut to this many characters (and marked truncated)
 * @param coreNlp           whether to load and use Stanford CoreNLP (about 700 MB of heap); when false,
 *                          English sentiment is the lexicon layer alone and entities come from rules
 * @param coreNlpMaxChars   only this many leading characters of a long-form text go through CoreNLP
 *                          (its cost grows with length; the lexicon layer reads all of it)
 * @param longFormMinWords  a text of unknown kind with at least this many words and no hashtag, mention
 *                          or URL counts as long-form
 * @param names             configured product, brand, person and place names recognised as entities
 */
public record NlpSettings(int maxChars, boolean coreNlp, int coreNlpMaxChars, int longFormMinWords,
                          Map<EntityType, List<String>> names) {

    public static final int DEFAULT_MAX_CHARS = 100_000;

    public NlpSettings {
        if (maxChars < 1 || coreNlpMaxChars < 1) {
            throw new IllegalArgumentException("maxChars and coreNlpMaxChars must be positive");
        }
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    public static NlpSettings defaults() {
        return new NlpSettings(DEFAULT_MAX_CHARS, true, 2_000, 25, Map.of());
    }

    public NlpSettings withCoreNlp(boolean enabled) {
        return new NlpSettings(maxChars, enabled, coreNlpMaxChars, longFormMinWords, names);
    }
}
