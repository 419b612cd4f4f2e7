package io.touchpointhub.connectors.social.reddit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.social.MalformedPageException;
import io.touchpointhub.connectors.social.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a listing ({@code {"kind":"Listing","data":{"after":..,"before":..,"children":[..]}}}) into
 * its things, each positioned by its base-36 id (ids grow with time within a kind) and kept whole
 * ({@code {"kind":"t3","data":{..}}}) for the mapper.
 */
final class RedditListings {

    private static final String RULE = "must be a Reddit Listing";

    private final ObjectMapper json;

    RedditListings(ObjectMapper json) {
        this.json = json;
    }

    Page page(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedPageException("body", RULE, body);
        }
        if (root == null || !"Listing".equals(root.path("kind").asText()) || !root.path("data").path("children").isArray()) {
            throw new MalformedPageException("kind", RULE, body);
        }
        JsonNode data = root.get("data");
        List<Page.Item> items = new ArrayList<>();
        for (JsonNode child : data.get("children")) {
            items.add(new Page.Item(position(child), child.toString()));
        }
        JsonNode after = data.get("after");
        return new Page(items, after == null || after.isNull() || after.asText().isBlank() ? null : after.asText());
    }

    private static String position(JsonNode child) {
        String id = child.path("data").path("id").asText("");
        return id.matches("[0-9a-z]+") ? id : null;
    }
}
