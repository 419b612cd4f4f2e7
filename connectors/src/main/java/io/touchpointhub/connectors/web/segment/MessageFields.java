package io.touchpointhub.connectors.web.segment;

import io.touchpointhub.connectors.InvalidTouchpointException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Typed reads of a message's fields. A JSON {@code null} counts as absent, as it does for Segment's
 * own libraries, which send {@code null} for fields the caller left out.
 */
final class MessageFields {

    private MessageFields() {
    }

    /**
     * A string, or a number turned into its text: Segment accepts ids such as {@code "userId": 42}.
     *
     * @return {@code null} when absent; the text as sent otherwise, possibly blank
     */
    static String text(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.asText();
        }
        throw new InvalidTouchpointException(path, "must be a string or a number");
    }

    static String text(JsonNode message, String name) {
        return text(message, name, name);
    }

    /** Like {@link #text} but blank text counts as absent. */
    static String nonBlankText(JsonNode parent, String name, String path) {
        String text = text(parent, name, path);
        return text == null || text.isBlank() ? null : text;
    }

    static String requiredText(JsonNode message, String name) {
        String text = nonBlankText(message, name, name);
        if (text == null) {
            throw new InvalidTouchpointException(name, "is required and must not be blank");
        }
        return text;
    }

    /** @return {@code null} when absent */
    static ObjectNode object(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new InvalidTouchpointException(path, "must be a JSON object");
        }
        return (ObjectNode) value;
    }

    static ObjectNode object(JsonNode message, String name) {
        return object(message, name, name);
    }
}
