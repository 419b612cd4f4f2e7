package io.touchpointhub.connectors.web.segment;

import io.touchpointhub.connectors.InvalidTouchpointException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns one Segment message (already parsed, of a known type) into a touchpoint, or says why not. */
final class MessageTranslator {

    /**
     * Marks message ids the hub derives itself. Client ids with this prefix are refused, so a derived
     * id can never equal a client's.
     */
    static final String DERIVED_ID_PREFIX = "hub-sha256:";

    /** The spec: messageId "is limited to 100 characters". */
    static final int MAX_MESSAGE_ID_LENGTH = 100;

    private final SegmentJson json;

    MessageTranslator(SegmentJson json) {
        this.json = json;
    }

    /**
     * @param message  the message as sent; never modified
     * @param defaults what a batch supplies to messages that lack it; {@link BatchDefaults#NONE} for
     *                 single calls
     */
    Touchpoint translate(String source, SegmentCallType type, ObjectNode message, BatchDefaults defaults,
                         Instant receivedAt) {
        TouchpointKey key = new TouchpointKey(Channel.WEB, source, externalId(type, message));
        String userId = MessageFields.nonBlankText(message, "userId", "userId");
        String anonymousId = MessageFields.nonBlankText(message, "anonymousId", "anonymousId");
        if (userId == null && anonymousId == null) {
            throw new InvalidTouchpointException("userId/anonymousId",
                    "a message needs a non-blank userId or anonymousId");
        }
        Payload payload = payload(type, message, userId);
        ObjectNode context = defaults.contextFor(MessageFields.object(message, "context"));
        JsonNode sentAt = message.hasNonNull("sentAt") ? message.get("sentAt") : defaults.sentAt();
        Instant occurredAt = SegmentTimestamps.occurredAt(message, sentAt, receivedAt);
        List<Identifier> identifiers = SegmentIdentifiers.extract(type, message, userId, anonymousId, context);
        return new Touchpoint(key, type.wireName(), payload.name(), occurredAt, receivedAt, identifiers,
                payload.traits(), payload.properties(), context == null ? Map.of() : SegmentJson.toMap(context),
                null);
    }

    /** The client's messageId, or one derived from the message so that a resent message dedupes. */
    private String externalId(SegmentCallType type, ObjectNode message) {
        String messageId = MessageFields.text(message, "messageId");
        if (messageId == null) {
            ObjectNode basis = message.deepCopy();
            // The write key is a credential, not content; the type decides which endpoint was called.
            basis.remove("writeKey");
            basis.put("type", type.wireName());
            return DERIVED_ID_PREFIX + json.canonicalSha256(basis);
        }
        if (messageId.isBlank()) {
            throw new InvalidTouchpointException("messageId", "must not be blank when present");
        }
        if (messageId.length() > MAX_MESSAGE_ID_LENGTH) {
            throw new InvalidTouchpointException("messageId",
                    "must be at most " + MAX_MESSAGE_ID_LENGTH + " characters");
        }
        if (messageId.startsWith(DERIVED_ID_PREFIX)) {
            throw new InvalidTouchpointException("messageId",
                    "must not start with '" + DERIVED_ID_PREFIX + "', which the hub reserves for ids it derives");
        }
        return messageId;
    }

    private static Payload payload(SegmentCallType type, ObjectNode message, String userId) {
        return switch (type) {
            case IDENTIFY -> new Payload(null, map(MessageFields.object(message, "traits")), Map.of());
            case TRACK -> new Payload(MessageFields.requiredText(message, "event"), Map.of(),
                    map(MessageFields.object(message, "properties")));
            case PAGE, SCREEN -> viewed(message);
            case GROUP -> group(message);
            case ALIAS -> alias(message, userId);
        };
    }

    private static Payload viewed(ObjectNode message) {
        String name = MessageFields.nonBlankText(message, "name", "name");
        String category = MessageFields.nonBlankText(message, "category", "category");
        Map<String, Object> properties = map(MessageFields.object(message, "properties"));
        if (category != null && !properties.containsKey("category")) {
            // The touchpoint has no category slot; a category the client put in properties wins.
            properties = with(properties, "category", category);
        }
        return new Payload(name, Map.of(), properties);
    }

    /** The group's traits describe the company, so they go to properties, never to the person's traits. */
    private static Payload group(ObjectNode message) {
        String groupId = MessageFields.requiredText(message, "groupId");
        ObjectNode groupTraits = MessageFields.object(message, "traits");
        Map<String, Object> properties = with(Map.of(), "groupId", groupId);
        if (groupTraits != null) {
            properties = with(properties, "groupTraits", SegmentJson.toMap(groupTraits));
        }
        return new Payload(null, Map.of(), properties);
    }

    private static Payload alias(ObjectNode message, String userId) {
        if (userId == null) {
            throw new InvalidTouchpointException("userId", "is required for alias and must not be blank");
        }
        String previousId = MessageFields.requiredText(message, "previousId");
        return new Payload(null, Map.of(), with(Map.of(), "previousId", previousId));
    }

    private static Map<String, Object> map(ObjectNode node) {
        return node == null ? Map.of() : SegmentJson.toMap(node);
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return Collections.unmodifiableMap(copy);
    }

    private record Payload(String name, Map<String, Object> traits, Map<String, Object> properties) {
    }
}
