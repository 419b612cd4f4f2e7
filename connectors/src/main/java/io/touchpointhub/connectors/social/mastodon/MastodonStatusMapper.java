package io.touchpointhub.connectors.social.mastodon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.PayloadMapper;
import io.touchpointhub.connectors.text.HtmlText;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Maps a Mastodon {@code Status} (https://docs.joinmastodon.org/entities/Status/) to a SOCIAL
 * touchpoint of type {@code post}. The author becomes the handle {@code mastodon:@user@instance}; a
 * local account's {@code acct} has no domain, so the instance of the source that read it is added.
 * Accepts one status, or a JSON array of them (a whole timeline page kept as a dead letter can be
 * replayed once it is readable).
 *
 * <p>A boost ({@code reblog} set) is mapped as the status it boosts, under that status's key: the post
 * and its author are what a customer view needs, and a boost of a post already read adds nothing but
 * the booster, kept as {@code boostedBy}. Hashtag timelines, searches and mentions do not list boosts
 * anyway. Pure and thread-safe.
 */
public final class MastodonStatusMapper implements PayloadMapper {

    public static final String FORMAT = "mastodon-status";

    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, String> instanceHosts;

    /**
     * @param instanceHosts the instance host of each configured source ({@code mastodon.social}), for
     *                      local accounts; a source not listed falls back to the host of the account's URL
     */
    public MastodonStatusMapper(ObjectMapper json, Clock clock, Map<String, String> instanceHosts) {
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.instanceHosts = Map.copyOf(instanceHosts);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<Touchpoint> map(String source, String payload) {
        Instant receivedAt = clock.instant();
        JsonNode root = parse(payload);
        if (root.isObject()) {
            return List.of(status(source, new Fields(root, ""), receivedAt));
        }
        if (!root.isArray()) {
            throw new InvalidTouchpointException("body", "must be a status object or an array of statuses");
        }
        List<Touchpoint> touchpoints = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            touchpoints.add(status(source, new Fields(root.get(i), "[" + i + "]."), receivedAt));
        }
        return touchpoints;
    }

    private Touchpoint status(String source, Fields outer, Instant receivedAt) {
        outer.requireObject();
        Fields status = outer.node().path("reblog").isObject() ? outer.child("reblog") : outer;
        String id = status.requiredText("id");
        Instant occurredAt = status.instant("created_at");
        String content = status.requiredString("content");
        Fields account = status.child("account");
        String fallbackHost = hostOf(account.node().path("url").asText(null));
        String host = instanceHosts.getOrDefault(source, fallbackHost);
        String handle = handle(account.requiredText("acct"), host, account.path("acct"));
        String uri = status.node().path("uri").asText("");
        String externalId = uri.isBlank() ? host + ":" + id : uri;

        Map<String, Object> properties = properties(status, host);
        if (status != outer) {
            properties.put("boostedBy", handle(outer.child("account").requiredText("acct"), host, "account.acct"));
        }
        return new Touchpoint(new TouchpointKey(Channel.SOCIAL, source, externalId), "post", null, occurredAt,
                receivedAt, List.of(new Identifier(IdentifierType.HANDLE, handle)), traits(account.node()),
                properties, Map.of("platform", "mastodon", "instance", host == null ? "" : host),
                text(status.node().path("spoiler_text").asText(""), content));
    }

    /** {@code user} or {@code user@domain} as the API gives it, to {@code mastodon:@user@domain}. */
    private static String handle(String acct, String host, String field) {
        String account = acct.startsWith("@") ? acct.substring(1) : acct;
        if (account.contains("@")) {
            return "mastodon:@" + account;
        }
        if (host == null) {
            throw new InvalidTouchpointException(field, "a local account needs its instance: the account url or a configured source");
        }
        return "mastodon:@" + account + "@" + host;
    }

    private static Map<String, Object> traits(JsonNode account) {
        Map<String, Object> traits = new LinkedHashMap<>();
        String name = account.path("display_name").asText("");
        traits.put("name", name.isBlank() ? account.path("username").asText("") : name);
        if (account.path("followers_count").canConvertToLong()) {
            traits.put("followersCount", account.path("followers_count").asLong());
        }
        putText(traits, "profileUrl", account.path("url"));
        traits.values().removeIf(v -> v instanceof String s && s.isBlank());
        return traits;
    }

    private static Map<String, Object> properties(Fields status, String host) {
        JsonNode node = status.node();
        Map<String, Object> properties = new LinkedHashMap<>();
        putText(properties, "url", node.path("url"));
        putText(properties, "language", node.path("language"));
        putText(properties, "visibility", node.path("visibility"));
        properties.put("repliesCount", node.path("replies_count").asLong(0));
        properties.put("reblogsCount", node.path("reblogs_count").asLong(0));
        properties.put("favouritesCount", node.path("favourites_count").asLong(0));
        properties.put("sensitive", node.path("sensitive").asBoolean(false));
        putText(properties, "inReplyToId", node.path("in_reply_to_id"));
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(tag -> putIfText(tags, tag.path("name")));
        properties.put("tags", tags);
        List<String> mentions = new ArrayList<>();
        node.path("mentions").forEach(m -> {
            if (m.path("acct").isTextual() && (host != null || m.path("acct").asText().contains("@"))) {
                mentions.add(handle(m.path("acct").asText(), host, "mentions.acct"));
            }
        });
        properties.put("mentions", mentions);
        return properties;
    }

    private static String text(String spoiler, String content) {
        String body = HtmlText.of(content);
        return spoiler.isBlank() ? body : spoiler.strip() + "\n\n" + body;
    }

    private static void putText(Map<String, Object> map, String key, JsonNode value) {
        if (value.isTextual() && !value.asText().isBlank()) {
            map.put(key, value.asText());
        }
    }

    private static void putIfText(List<String> list, JsonNode value) {
        if (value.isTextual() && !value.asText().isBlank()) {
            list.add(value.asText());
        }
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        HttpUrl parsed = HttpUrl.parse(url);
        return parsed == null ? null : parsed.host();
    }

    private JsonNode parse(String payload) {
        try {
            JsonNode root = json.readTree(payload == null ? "" : payload);
            if (root == null || root.isMissingNode()) {
                throw new InvalidTouchpointException("body", "must be a JSON status");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidTouchpointException("body", "must be a JSON status");
        }
    }

    /** A node with its path in the payload, for messages that name the field ({@code [3].account.acct}). */
    private record Fields(JsonNode node, String prefix) {

        String path(String field) {
            return prefix + field;
        }

        void requireObject() {
            if (!node.isObject()) {
                throw new InvalidTouchpointException(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                        "must be a status object");
            }
        }

        Fields child(String field) {
            JsonNode child = node.get(field);
            if (child == null || !child.isObject()) {
                throw new InvalidTouchpointException(path(field), "must be an object");
            }
            return new Fields(child, path(field) + ".");
        }

        String requiredText(String field) {
            JsonNode value = node.get(field);
            if (value == null || !(value.isTextual() || value.isIntegralNumber()) || value.asText().isBlank()) {
                throw new InvalidTouchpointException(path(field), "must be a non-blank string");
            }
            return value.asText();
        }

        String requiredString(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw new InvalidTouchpointException(path(field), "must be a string");
            }
            return value.asText();
        }

        Instant instant(String field) {
            try {
                return Instant.parse(requiredText(field));
            } catch (DateTimeParseException e) {
                throw new InvalidTouchpointException(path(field), "must be an ISO-8601 date-time");
            }
        }
    }
}
