package io.touchpointhub.connectors;

import io.touchpointhub.connectors.ConnectorException;

import java.util.Objects;

/**
 * A channel payload that cannot become a {@code Touchpoint}: it names the offending field and the
 * rule it breaks, so the caller can answer with an RFC 9457 problem detail (HTTP 400) or record the
 * reason in the dead-letter store.
 *
 * <p>Neither the field nor the rule ever quotes the payload: both end up in responses and logs, and
 * payloads carry personal data.
 */
public class InvalidTouchpointException extends ConnectorException {

    private final String field;
    private final String rule;

    /**
     * @param field where the problem is, in the payload's own terms: {@code "timestamp"},
     *              {@code "batch[3].type"}, {@code "userId/anonymousId"}, {@code "body"}
     * @param rule  a short human sentence stating what the field must be
     */
    public InvalidTouchpointException(String field, String rule) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(rule, "rule"));
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
