package io.touchpointhub.connectors.marketplace.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.connectors.InvalidTouchpointException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reading Shopify's REST JSON: money comes as decimal strings ({@code "403.00"}), ids as 64-bit numbers
 * (kept as text: JavaScript readers of the hub's API would round them), times as ISO-8601 with an
 * offset. Absent and {@code null} fields read as {@code null}; a present field of the wrong shape is
 * an {@link InvalidTouchpointException} naming its path, never its value.
 */
final class ShopifyJson {

    private ShopifyJson() {
    }

    /** Non-blank text (numbers and booleans as their text), else {@code null}. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    /** An id (a whole number or text) as text, else {@code null}. */
    static String id(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isTextual() && !value.asText().isBlank()) {
            return value.asText().trim();
        }
        throw new InvalidTouchpointException(path, "must be a whole number or text");
    }

    static String requiredId(JsonNode node, String field, String path) {
        String id = id(node, field, path);
        if (id == null) {
            throw new InvalidTouchpointException(path, "is required");
        }
        return id;
    }

    /** A money amount as exact decimal text ({@code "403.00"}), else {@code null}. */
    static String decimal(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            if (value.isNumber()) {
                return value.decimalValue().toPlainString();
            }
            if (value.isTextual() && !value.asText().isBlank()) {
                return new BigDecimal(value.asText().trim()).toPlainString();
            }
        } catch (NumberFormatException e) {
            // reported below without the value
        }
        throw new InvalidTouchpointException(path, "must be a decimal amount such as \"19.99\"");
    }

    static Integer integer(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        throw new InvalidTouchpointException(path, "must be a whole number");
    }

    static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    /** An ISO-8601 time with an offset, else {@code null}. */
    static Instant instant(JsonNode node, String field, String path) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        Instant parsed = parseInstant(text);
        if (parsed == null) {
            throw new InvalidTouchpointException(path, "must be an ISO-8601 time with an offset");
        }
        return parsed;
    }

    /** Parses an ISO-8601 time with an offset or {@code Z}; {@code null} when it is not one. */
    static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An object field, else {@code null} (absent, {@code null} or not an object). */
    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isObject() ? value : null;
    }

    /** A Shopify address as trait values, camel-cased, without empty fields; {@code null} when absent. */
    static Map<String, Object> address(JsonNode node, String field) {
        JsonNode address = object(node, field);
        if (address == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        put(values, "name", text(address, "name"));
        put(values, "firstName", text(address, "first_name"));
        put(values, "lastName", text(address, "last_name"));
        put(values, "company", text(address, "company"));
        put(values, "address1", text(address, "address1"));
        put(values, "address2", text(address, "address2"));
        put(values, "city", text(address, "city"));
        put(values, "province", text(address, "province"));
        put(values, "provinceCode", text(address, "province_code"));
        put(values, "zip", text(address, "zip"));
        put(values, "country", text(address, "country"));
        put(values, "countryCode", text(address, "country_code"));
        put(values, "phone", text(address, "phone"));
        return values.isEmpty() ? null : values;
    }

    /** {@code "First Last"}, either alone, or {@code null}. */
    static String fullName(String first, String last) {
        if (first == null) {
            return last;
        }
        return last == null ? first : first + " " + last;
    }

    /** Puts the value unless it is {@code null}, so maps only hold what Shopify actually sent. */
    static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
