package io.touchpointhub.connectors.web.segment;

import io.touchpointhub.connectors.InvalidTouchpointException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON chores of the Segment API: strict parsing, byte sizes, canonical hashes and plain maps. */
final class SegmentJson {

    /**
     * Fixed settings, independent of the caller's mapper, so sizes and derived message ids stay the
     * same when the application's Jackson configuration changes (a resent body must still dedupe).
     */
    private static final ObjectWriter CANONICAL_WRITER = JsonMapper.builder().build().writer();

    private final ObjectReader reader;

    SegmentJson(ObjectMapper mapper) {
        // BigDecimal keeps revenue and prices exact; trailing tokens would otherwise be ignored silently.
        this.reader = mapper.reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Parses a request body that must hold one JSON object. */
    ObjectNode parseObject(byte[] body) {
        JsonNode tree;
        try {
            tree = reader.readTree(body);
        } catch (IOException e) {
            // No cause attached on purpose: Jackson's messages quote the offending input.
            throw new InvalidTouchpointException("body", "must be valid JSON (" + describe(e) + ")");
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidTouchpointException("body", "must be a JSON object");
        }
        return (ObjectNode) tree;
    }

    /** The size of a message as Segment's limits count it: compact JSON, UTF-8. */
    int serialisedSize(JsonNode node) {
        return write(node).length;
    }

    /**
     * SHA-256 over the node with object keys sorted at every level, as lower-case hex, so that the same
     * message hashes the same whatever the key order its sender used.
     */
    String canonicalSha256(JsonNode node) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(canonical(node)));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must support SHA-256", e);
        }
    }

    /** The object as plain Java values (maps, lists, strings, numbers, booleans, nulls), read-only. */
    static Map<String, Object> toMap(ObjectNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
        return Collections.unmodifiableMap(map);
    }

    /**
     * The text of a top-level field (the {@code writeKey}), found by streaming over the body without
     * building a tree, so it stays cheap whatever the body's size; {@code null} when the field is
     * absent or not text, or the body is not a JSON object.
     */
    String topLevelText(byte[] body, String fieldName) {
        try (JsonParser parser = reader.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(fieldName)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return CANONICAL_WRITER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed JSON tree could not be written back", e);
        }
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), canonical(e.getValue())));
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            copy.setAll(sorted);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(canonical(element)));
            return copy;
        }
        return node;
    }

    private static Object toJava(JsonNode node) {
        if (node.isObject()) {
            return toMap((ObjectNode) node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(toJava(element)));
            return Collections.unmodifiableList(list);
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asText();
    }

    /** Names the kind of problem and where it is, never the offending text. */
    private static String describe(IOException e) {
        String problem;
        if (e instanceof JsonEOFException) {
            problem = "unexpected end of input";
        } else if (e instanceof StreamConstraintsException) {
            problem = "nesting, number or text exceeds the parser's limits";
        } else if (e instanceof MismatchedInputException) {
            problem = "unexpected content after the JSON value";
        } else if (e instanceof JsonProcessingException) {
            problem = "unexpected character";
        } else {
            return "unreadable input";
        }
        var location = ((JsonProcessingException) e).getLocation();
        return location == null ? problem
                : problem + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
