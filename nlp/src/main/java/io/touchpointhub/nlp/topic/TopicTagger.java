package io.touchpointhub.nlp.topic;

import java.util.List;

/**
 * Names the topics a text is about. Immutable and thread-safe: when topics change, build a new tagger
 * and swap it in. The text is folded and tokenised once for all topics; each topic costs a scan of the
 * tokens per term, so a few hundred topics on a tweet stay well under a millisecond.
 */
public final class TopicTagger {

    private final List<TopicRule> rules;

    public TopicTagger(List<TopicRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The names of the matching topics, in the order of the rules. */
    public List<String> tag(String text) {
        if (rules.isEmpty() || text == null || text.isBlank()) {
            return List.of();
        }
        TopicText folded = TopicText.of(text);
        return rules.stream().filter(r -> r.matches(folded)).map(TopicRule::name).toList();
    }

    public int size() {
        return rules.size();
    }
}
