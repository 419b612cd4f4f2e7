package io.touchpointhub.connectors.social.mastodon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.social.MalformedPageException;
import io.touchpointhub.connectors.social.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Mastodon answers into items: a timeline is a JSON array of statuses, notifications an array
 * of notifications each embedding its status, a search an object with a {@code statuses} array. Each
 * item keeps its own JSON, so the mapper sees one status at a time.
 */
final class MastodonPages {

    private final ObjectMapper json;

    MastodonPages(ObjectMapper json) {
        this.json = json;
    }

    /** A timeline page: each status positioned by its id. */
    List<Page.Item> statuses(String body) {
        return items(array(body, "body", "must be a JSON array of statuses"), false);
    }

    /** A notifications page: positioned by the notification's id, the payload is its status. */
    List<Page.Item> mentions(String body) {
        return items(array(body, "body", "must be a JSON array of notifications"), true);
    }

    /** A search result: its {@code statuses}. */
    List<Page.Item> searchResults(String body) {
        JsonNode root = parse(body, "must be a JSON search result");
        JsonNode statuses = root.get("statuses");
        if (statuses == null || !statuses.isArray()) {
            throw new MalformedPageException("statuses", "must be an array of statuses", body);
        }
        return items(statuses, false);
    }

    private JsonNode array(String body, String field, String rule) {
        JsonNode root = parse(body, rule);
        if (!root.isArray()) {
            throw new MalformedPageException(field, rule, body);
        }
        return root;
    }

    private JsonNode parse(String body, String rule) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new MalformedPageException("body", rule, body);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new MalformedPageException("body", rule, body);
        }
    }

    private static List<Page.Item> items(JsonNode array, boolean notifications) {
        List<Page.Item> items = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            JsonNode status = notifications && element.path("status").isObject() ? element.get("status") : element;
            items.add(new Page.Item(position(element), status.toString()));
        }
        return items;
    }

    /** Ids are strings in the API (some compatible servers send numbers); else the item has no place. */
    private static String position(JsonNode element) {
        JsonNode id = element.get("id");
        boolean usable = id != null && (id.isTextual() || id.isIntegralNumber()) && !id.asText().isBlank();
        return usable ? id.asText() : null;
    }
}
