package io.touchpointhub.connectors.social.mastodon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpointhub.connectors.social.SocialTestSupport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** The documented Status example, renumbered to build timeline pages. */
final class MastodonFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");
    static final String SOURCE = "social";

    private MastodonFixtures() {
    }

    static MastodonStatusMapper mapper() {
        return new MastodonStatusMapper(JSON, Clock.fixed(NOW, ZoneOffset.UTC), Map.of(SOURCE, "mastodon.social"));
    }

    /** The docs' status with another id (and uri), created {@code id} seconds after the original. */
    static ObjectNode status(long id) {
        ObjectNode status = (ObjectNode) read(SocialTestSupport.resource("mastodon/status.json"));
        status.put("id", String.valueOf(id));
        status.put("uri", "https://mastodon.social/users/Gargron/statuses/" + id);
        status.put("created_at", Instant.parse("2019-12-08T03:48:33.901Z").plusSeconds(id % 100_000).toString());
        return status;
    }

    static String page(ObjectNode... statuses) {
        ArrayNode page = JSON.createArrayNode();
        for (ObjectNode status : statuses) {
            page.add(status);
        }
        return page.toString();
    }

    static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
