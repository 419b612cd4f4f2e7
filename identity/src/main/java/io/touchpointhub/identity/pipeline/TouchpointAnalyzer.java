package io.touchpointhub.identity.pipeline;

import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointAnalysis;

/**
 * What the NLP stage runs on each touchpoint with text. Implemented outside this module (the
 * {@code routes} module adapts the nlp module's analyser and the tracked topics to it); must be
 * thread-safe and repeatable: a touchpoint is analysed again after a crash or a re-tag.
 */
@FunctionalInterface
public interface TouchpointAnalyzer {

    /**
     * @throws RuntimeException when this touchpoint cannot be analysed: it is retried with back-off and
     *                          then becomes a dead letter of stage {@link Stages#ANALYSE}
     */
    TouchpointAnalysis analyse(Touchpoint touchpoint);
}
