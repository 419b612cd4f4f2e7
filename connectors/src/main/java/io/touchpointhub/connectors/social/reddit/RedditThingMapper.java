package io.touchpointhub.connectors.social.reddit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.PayloadMapper;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps a Reddit thing to a SOCIAL touchpoint: a link post ({@code t3}) to type {@code post} with title
 * and self text as text, a comment ({@code t1}) to type {@code comment} with its body. The author
 * becomes the handle {@code reddit:u/<name>}; a deleted author ({@code [deleted]}) gives a touchpoint
 * without identifier. The key is the thing's fullname ({@code t3_abc12}). Accepts one thing, or a whole
 * {@code Listing} (a page kept as a dead letter can be replayed once it is readable). Pure and
 * thread-safe.
 */
public final class RedditThingMapper implements PayloadMapper {

    public static final String FORMAT = "reddit-thing";
    static final String SITE = "https://www.reddit.com";
    private static final String DELETED = "[deleted]";

    private final ObjectMapper json;
    private final Clock clock;

    public RedditThingMapper(ObjectMapper json, Clock clock) {
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<Touchpoint> map(String source, String payload) {
        Instant receivedAt = clock.instant();
        JsonNode root = parse(payload);
        if (!"Listing".equals(root.path("kind").asText())) {
            return List.of(thing(source, root, "", receivedAt));
        }
        List<Touchpoint> touchpoints = new ArrayList<>();
        JsonNode children = root.path("data").path("children");
        for (int i = 0; i < children.size(); i++) {
            touchpoints.add(thing(source, children.get(i), "data.children[" + i + "].", receivedAt));
        }
        return touchpoints;
    }

    private Touchpoint thing(String source, JsonNode thing, String at, Instant receivedAt) {
        String kind = thing.path("kind").asText("");
        if (!kind.equals("t3") && !kind.equals("t1")) {
            throw new InvalidTouchpointException(at + "kind", "must be t3 (post) or t1 (comment)");
        }
        JsonNode data = thing.path("data");
        if (!data.isObject()) {
            throw new InvalidTouchpointException(at + "data", "must be an object");
        }
        String fullname = required(data, "name", at + "data.");
        if (!fullname.startsWith(kind + "_")) {
            throw new InvalidTouchpointException(at + "data.name", "must be the fullname " + kind + "_<id>");
        }
        JsonNode created = data.path("created_utc");
        if (!created.isNumber()) {
            throw new InvalidTouchpointException(at + "data.created_utc", "must be epoch seconds");
        }
        String author = required(data, "author", at + "data.");
        boolean post = kind.equals("t3");
        List<Identifier> identifiers = DELETED.equals(author) ? List.of()
                : List.of(new Identifier(IdentifierType.HANDLE, "reddit:u/" + author));
        Map<String, Object> traits = DELETED.equals(author) ? Map.of()
                : Map.of("profileUrl", SITE + "/user/" + author);
        return new Touchpoint(new TouchpointKey(Channel.SOCIAL, source, fullname), post ? "post" : "comment", null,
                Instant.ofEpochMilli(Math.round(created.asDouble() * 1000)), receivedAt, identifiers, traits,
                post ? postProperties(data) : commentProperties(data), Map.of("platform", "reddit"),
                post ? postText(data) : data.path("body").asText(""));
    }

    private static Map<String, Object> postProperties(JsonNode data) {
        Map<String, Object> properties = common(data);
        properties.put("numComments", data.path("num_comments").asLong(0));
        if (data.path("upvote_ratio").isNumber()) {
            properties.put("upvoteRatio", data.path("upvote_ratio").asDouble());
        }
        putText(properties, "flair", data.path("link_flair_text"));
        properties.put("over18", data.path("over_18").asBoolean(false));
        if (!data.path("is_self").asBoolean(true)) {
            putText(properties, "linkUrl", data.path("url"));
        }
        return properties;
    }

    private static Map<String, Object> commentProperties(JsonNode data) {
        Map<String, Object> properties = common(data);
        putText(properties, "linkId", data.path("link_id"));
        putText(properties, "parentId", data.path("parent_id"));
        putText(properties, "linkTitle", data.path("link_title"));
        return properties;
    }

    private static Map<String, Object> common(JsonNode data) {
        Map<String, Object> properties = new LinkedHashMap<>();
        String permalink = data.path("permalink").asText("");
        if (!permalink.isBlank()) {
            properties.put("url", permalink.startsWith("http") ? permalink : SITE + permalink);
        }
        putText(properties, "subreddit", data.path("subreddit"));
        properties.put("score", data.path("score").asLong(0));
        return properties;
    }

    private static String postText(JsonNode data) {
        String title = data.path("title").asText("").strip();
        String body = data.path("selftext").asText("").strip();
        return body.isEmpty() ? title : title + "\n\n" + body;
    }

    private static String required(JsonNode data, String field, String at) {
        JsonNode value = data.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidTouchpointException(at + field, "must be a non-blank string");
        }
        return value.asText();
    }

    private static void putText(Map<String, Object> map, String key, JsonNode value) {
        if (value.isTextual() && !value.asText().isBlank()) {
            map.put(key, value.asText());
        }
    }

    private JsonNode parse(String payload) {
        try {
            JsonNode root = json.readTree(payload == null ? "" : payload);
            if (root == null || !root.isObject()) {
                throw new InvalidTouchpointException("body", "must be a JSON Reddit thing or Listing");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidTouchpointException("body", "must be a JSON Reddit thing or Listing");
        }
    }
}
