package io.touchpointhub.connectors.marketplace.shopify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.touchpointhub.connectors.InvalidTouchpointException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * One webhook delivery as a single payload: the headers the mappers need (the topic and ids are not in
 * Shopify's body) around the body, so a payload kept in the dead-letter store replays exactly like
 * the delivery did:
 *
 * <pre>{"topic":"orders/create","webhookId":"…","eventId":"…","shopDomain":"…","triggeredAt":"…",
 *  "apiVersion":"…","body":{…the webhook body, verbatim…}}</pre>
 *
 * <p>A body that is not a well-formed JSON object is kept as a JSON string instead, so the envelope
 * stays readable and the mapper can reject it by name.
 */
public final class ShopifyEnvelope {

    private static final JsonFactory JSON = new JsonFactory();
    // decimals stay exact; trailing content after the envelope is not silently ignored
    private static final ObjectReader READER = JsonMapper.builder().build().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ShopifyEnvelope() {
    }

    /** A delivery read back from its payload: the headers and the body's JSON. */
    record Opened(ShopifyDelivery delivery, JsonNode body) {
    }

    /**
     * @param delivery the delivery's headers
     * @param body     the raw body (already verified against its signature)
     * @return the payload to hand to the mapper of the topic's format
     */
    public static String wrap(ShopifyDelivery delivery, String body) {
        StringWriter out = new StringWriter(body.length() + 512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            writeIfPresent(json, "topic", delivery.topic());
            writeIfPresent(json, "webhookId", delivery.webhookId());
            writeIfPresent(json, "eventId", delivery.eventId());
            writeIfPresent(json, "shopDomain", delivery.shopDomain());
            writeIfPresent(json, "triggeredAt", delivery.triggeredAt());
            writeIfPresent(json, "apiVersion", delivery.apiVersion());
            json.writeFieldName("body");
            if (isJsonObject(body)) {
                json.writeRawValue(body);
            } else {
                json.writeString(body);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Reads a payload written by {@link #wrap}.
     *
     * @throws InvalidTouchpointException when it is not an envelope or its body is not a JSON object
     */
    static Opened open(String payload) {
        JsonNode root;
        try {
            root = READER.readTree(payload);
        } catch (IOException e) {
            // no cause on purpose: Jackson's messages quote the input
            throw new InvalidTouchpointException("payload", "must be a Shopify webhook envelope (JSON object)");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidTouchpointException("payload", "must be a Shopify webhook envelope (JSON object)");
        }
        ShopifyDelivery delivery = new ShopifyDelivery(text(root, "topic"), text(root, "webhookId"),
                text(root, "eventId"), text(root, "shopDomain"), text(root, "triggeredAt"), text(root, "apiVersion"));
        JsonNode body = root.get("body");
        if (body == null || !body.isObject()) {
            throw new InvalidTouchpointException("body", "must be a well-formed JSON object");
        }
        return new Opened(delivery, body);
    }

    /** Whether the text is exactly one well-formed JSON object, checked by streaming (no tree is built). */
    static boolean isJsonObject(String body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void writeIfPresent(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
