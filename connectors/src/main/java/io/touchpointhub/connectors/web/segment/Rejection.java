package io.touchpointhub.connectors.web.segment;

import java.util.Objects;

/**
 * One message of a batch that could not become a touchpoint.
 *
 * @param index     position of the message in the {@code batch} array, from 0
 * @param messageId the message's own {@code messageId} as sent, or {@code null} when it had none
 * @param field     where the problem is, prefixed with the message's position: {@code batch[3].type}
 * @param rule      a short human sentence stating what the field must be; never quotes the payload
 */
public record Rejection(int index, String messageId, String field, String rule) {

    public Rejection {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
    }
}
