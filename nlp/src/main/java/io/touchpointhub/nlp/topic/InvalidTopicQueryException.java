package io.touchpointhub.nlp.topic;

import io.touchpointhub.nlp.NlpException;

/** A topic query that does not parse; the message names the rule broken and the character position. */
public final class InvalidTopicQueryException extends NlpException {

    private final int position;
    private final String rule;

    InvalidTopicQueryException(int position, String rule) {
        super(rule + " at character " + position);
        this.position = position;
        this.rule = rule;
    }

    /** Zero-based position in the query where the problem was found. */
    public int position() {
        return position;
    }

    /** What is wrong, without quoting the query. */
    public String rule() {
        return rule;
    }
}
