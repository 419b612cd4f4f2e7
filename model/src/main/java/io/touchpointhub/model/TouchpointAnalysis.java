package io.touchpointhub.model;

import java.util.List;
import java.util.Objects;

/**
 * What the NLP stage found in the text of one touchpoint: the analysis of the text and the tracked topics
 * it matched when it was analysed (or re-tagged).
 *
 * @param text   language, sentiment, entities, keywords and social markers of the touchpoint's text
 * @param topics names of the tracked topics the text matched, in the order topics are listed
 */
public record TouchpointAnalysis(TextAnalysis text, List<String> topics) {

    public TouchpointAnalysis {
        Objects.requireNonNull(text, "text");
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
