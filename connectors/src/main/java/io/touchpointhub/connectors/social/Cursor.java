package io.touchpointhub.connectors.social;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a stream stands. {@code seen} is the newest position whose items, and all older ones, are
 * ingested. A poll that had to stop before reaching {@code seen} (too many pages for one poll, or a
 * page that could not be read) records how far it got: everything from {@code catchUpTop} down to the
 * page of {@code catchUpNext} is ingested, and the next poll continues with that page instead of
 * starting again from the newest one. Only when the catch-up reaches {@code seen} does {@code seen}
 * move to {@code catchUpTop}, so no poll ever skips an item it did not ingest.
 *
 * @param seen        newest position fully ingested, {@code null} before the first poll
 * @param catchUpTop  newest position ingested by an unfinished catch-up, else {@code null}
 * @param catchUpNext token of the page an unfinished catch-up continues with, else {@code null}
 */
public record Cursor(String seen, String catchUpTop, String catchUpNext) {

    public static final Cursor NONE = new Cursor(null, null, null);
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Cursor at(String seen) {
        return new Cursor(seen, null, null);
    }

    public boolean catchingUp() {
        return catchUpNext != null;
    }

    /**
     * The stored form: the bare position when there is no catch-up (readable in {@code source_cursor}),
     * else a small JSON object.
     */
    public String encode() {
        if (!catchingUp()) {
            return seen == null ? "" : seen;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("seen", seen);
        node.put("top", catchUpTop);
        node.put("next", catchUpNext);
        return node.toString();
    }

    /** Reads {@link #encode()}; an empty or unreadable value starts afresh (as a first poll). */
    public static Cursor decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        if (!stored.startsWith("{")) {
            return at(stored);
        }
        try {
            JsonNode node = JSON.readTree(stored);
            return new Cursor(text(node, "seen"), text(node, "top"), text(node, "next"));
        } catch (JsonProcessingException e) {
            return NONE;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
