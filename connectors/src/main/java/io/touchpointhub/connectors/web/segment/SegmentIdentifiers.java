package io.touchpointhub.connectors.web.segment;

import io.touchpointhub.connectors.InvalidTouchpointException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The person identifiers a Segment message carries, raw as sent: the identity stage normalises them.
 *
 * <p>Only person identifiers: a group call's {@code traits} describe the company (its {@code email}
 * is the company's), and {@code context.externalIds} of the {@code accounts} collection name a
 * company too, so neither becomes an identifier of the person.
 */
final class SegmentIdentifiers {

    /** Segment's collection for group-level external ids; {@code users} is the person-level one. */
    private static final String ACCOUNTS_COLLECTION = "accounts";
    /**
     * External id types that name a social account the hub also listens to: the app that knows the
     * user's handle (a "connect your Mastodon account" form) links the person's social posts to the
     * profile by sending it as {@code {"type": "mastodon", "id": "@ana@fosstodon.example"}}.
     */
    private static final Set<String> SOCIAL_PLATFORMS = Set.of("mastodon", "reddit");

    private SegmentIdentifiers() {
    }

    /**
     * @param userId      the message's non-blank {@code userId}, or {@code null}
     * @param anonymousId the message's non-blank {@code anonymousId}, or {@code null}
     * @param context     the message's context after any batch-level merge, or {@code null}
     */
    static List<Identifier> extract(SegmentCallType type, ObjectNode message, String userId,
                                    String anonymousId, ObjectNode context) {
        Set<Identifier> identifiers = new LinkedHashSet<>();
        add(identifiers, IdentifierType.USER_ID, userId);
        add(identifiers, IdentifierType.ANONYMOUS_ID, anonymousId);
        if (type == SegmentCallType.ALIAS) {
            // The spec: previousId "might be an Anonymous ID ... or a User ID"; which one is unknowable.
            String previousId = MessageFields.nonBlankText(message, "previousId", "previousId");
            add(identifiers, IdentifierType.USER_ID, previousId);
            add(identifiers, IdentifierType.ANONYMOUS_ID, previousId);
        }
        if (type == SegmentCallType.IDENTIFY) {
            addContactPoints(identifiers, MessageFields.object(message, "traits"), "traits");
        }
        if (context != null) {
            addContactPoints(identifiers, MessageFields.object(context, "traits", "context.traits"),
                    "context.traits");
            addExternalIds(identifiers, context);
        }
        return List.copyOf(identifiers);
    }

    private static void addContactPoints(Set<Identifier> identifiers, ObjectNode traits, String path) {
        if (traits == null) {
            return;
        }
        JsonNode email = traits.get("email");
        if (email != null && !email.isNull() && !email.isTextual()) {
            // The spec reserves email as "a string of the user's email address".
            throw new InvalidTouchpointException(path + ".email", "must be a string");
        }
        add(identifiers, IdentifierType.EMAIL, MessageFields.nonBlankText(traits, "email", path + ".email"));
        // Phone numbers arrive as numbers often enough (spreadsheets, forms) to accept them.
        add(identifiers, IdentifierType.PHONE, MessageFields.nonBlankText(traits, "phone", path + ".phone"));
    }

    private static void addExternalIds(Set<Identifier> identifiers, ObjectNode context) {
        JsonNode externalIds = context.get("externalIds");
        if (externalIds == null || externalIds.isNull()) {
            return;
        }
        if (!externalIds.isArray()) {
            throw new InvalidTouchpointException("context.externalIds", "must be a JSON array");
        }
        for (int i = 0; i < externalIds.size(); i++) {
            String path = "context.externalIds[" + i + "]";
            JsonNode entry = externalIds.get(i);
            String id = entry.isObject() ? MessageFields.nonBlankText(entry, "id", path + ".id") : null;
            String type = entry.isObject() ? MessageFields.nonBlankText(entry, "type", path + ".type") : null;
            if (id == null || type == null) {
                throw new InvalidTouchpointException(path, "must be an object with a non-blank id and type");
            }
            if (ACCOUNTS_COLLECTION.equals(entry.path("collection").asText())) {
                continue;
            }
            String platform = type.trim().toLowerCase(java.util.Locale.ROOT);
            add(identifiers, SOCIAL_PLATFORMS.contains(platform) ? IdentifierType.HANDLE : IdentifierType.EXTERNAL_ID,
                    (SOCIAL_PLATFORMS.contains(platform) ? platform : type) + ":" + id);
        }
    }

    private static void add(Set<Identifier> identifiers, IdentifierType type, String value) {
        if (value != null) {
            identifiers.add(Identifier.of(type, value));
        }
    }
}
