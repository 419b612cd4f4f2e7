package io.touchpointhub.nlp;

import io.touchpointhub.model.TextAnalysis;

/**
 * The nlp module's entry point: what a text says (language, sentiment, entities, keywords, hashtags,
 * mentions, URLs). Implementations are built once, shared and thread-safe; every input, however long
 * or malformed, gets an analysis in bounded time.
 */
public interface TextAnalyzer {

    /** Analyses a text of unknown kind (the analyser decides from the text itself). */
    default TextAnalysis analyze(String text) {
        return analyze(text, TextKind.UNKNOWN);
    }

    /** Analyses a text whose kind the caller knows (a social post, a review), which picks the method. */
    TextAnalysis analyze(String text, TextKind kind);
}
