package io.touchpointhub.connectors.web.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a {@code /v1/batch} body says once for all its messages. The spec merges the batch's
 * {@code context} into each message's; server libraries (analytics-python, analytics-node) also put
 * {@code sentAt} on the batch rather than on each message, and clock-skew correction needs it.
 *
 * @param context the batch's context, or {@code null}
 * @param sentAt  the batch's sentAt as sent (validated where used), or {@code null}
 */
record BatchDefaults(ObjectNode context, JsonNode sentAt) {

    static final BatchDefaults NONE = new BatchDefaults(null, null);

    /**
     * The message's context with the batch's beneath it: nested objects merge key by key, and where
     * both give a value the message's wins, since it is the more specific.
     *
     * @return {@code null} when neither has a context
     */
    ObjectNode contextFor(ObjectNode messageContext) {
        if (context == null) {
            return messageContext;
        }
        return messageContext == null ? context.deepCopy() : merge(context, messageContext);
    }

    private static ObjectNode merge(ObjectNode base, ObjectNode override) {
        ObjectNode merged = base.deepCopy();
        override.properties().forEach(entry -> {
            JsonNode existing = merged.get(entry.getKey());
            if (existing instanceof ObjectNode existingObject && entry.getValue() instanceof ObjectNode value) {
                merged.set(entry.getKey(), merge(existingObject, value));
            } else {
                merged.set(entry.getKey(), entry.getValue());
            }
        });
        return merged;
    }
}
