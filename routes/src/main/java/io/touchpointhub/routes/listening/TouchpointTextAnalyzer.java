package io.touchpointhub.routes.listening;

import io.touchpointhub.identity.pipeline.TouchpointAnalyzer;
import io.touchpointhub.model.TextAnalysis;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointAnalysis;
import io.touchpointhub.nlp.TextAnalyzer;
import io.touchpointhub.nlp.TextKind;
import io.touchpointhub.nlp.topic.TopicTagger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * What the NLP stage does with one touchpoint: the shared analyser (CoreNLP loaded once for the whole hub)
 * reads its text, with the method the channel suggests, and the current tracked topics tag it.
 */
@Component
public class TouchpointTextAnalyzer implements TouchpointAnalyzer {

    private final TextAnalyzer analyzer;
    private final TrackedTopics topics;

    TouchpointTextAnalyzer(TextAnalyzer analyzer, TrackedTopics topics) {
        this.analyzer = analyzer;
        this.topics = topics;
    }

    /**
     * An analyser for one batch: the current topics are read when its first touchpoint is analysed, once
     * per batch rather than per touchpoint, and not at all while the stage is idle.
     */
    public TouchpointAnalyzer withCurrentTopics() {
        AtomicReference<TopicTagger> tagger = new AtomicReference<>();
        return touchpoint -> analyse(touchpoint, tagger.updateAndGet(t -> t != null ? t : topics.tagger()));
    }

    @Override
    public TouchpointAnalysis analyse(Touchpoint touchpoint) {
        return analyse(touchpoint, topics.tagger());
    }

    private TouchpointAnalysis analyse(Touchpoint touchpoint, TopicTagger tagger) {
        TextAnalysis text = analyzer.analyze(touchpoint.text(), kind(touchpoint));
        return new TouchpointAnalysis(text, tagger.tag(touchpoint.text()));
    }

    /**
     * Posts are short social text; product reviews (the review import format and review channels, type
     * {@code review}) are what CoreNLP's sentiment model was trained on; e-mails and other marketplace
     * text are prose, worth the long-form blend.
     */
    static TextKind kind(Touchpoint touchpoint) {
        if ("review".equalsIgnoreCase(touchpoint.type())) {
            return TextKind.REVIEW;
        }
        return switch (touchpoint.channel()) {
            case SOCIAL -> TextKind.SOCIAL;
            case EMAIL, MARKETPLACE -> TextKind.LONG_FORM;
            default -> TextKind.UNKNOWN;
        };
    }
}
