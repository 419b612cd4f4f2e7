package io.touchpointhub.connectors.web.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.touchpointhub.connectors.InvalidTouchpointException;
import java.util.Objects;

/**
 * The JSON payloads of the crawl channel: one {@link CrawledItem} (formats {@code web-feed-item} and
 * {@code web-page-post}) or one unreadable {@link CrawledDocument} (format {@code web-document}).
 * Thread-safe.
 */
public final class CrawlPayloads {

    private final ObjectReader items;
    private final ObjectReader documents;
    private final ObjectWriter writer;

    /** @param json the application's mapper; only read from, never reconfigured */
    public CrawlPayloads(ObjectMapper json) {
        Objects.requireNonNull(json, "json");
        this.items = json.readerFor(CrawledItem.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.documents = json.readerFor(CrawledDocument.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.writer = json.writer();
    }

    public String write(CrawledItem item) {
        return serialise(item);
    }

    public String write(CrawledDocument document) {
        return serialise(document);
    }

    /** @throws InvalidTouchpointException when the payload is not a crawled item */
    CrawledItem readItem(String payload) {
        return read(items, payload, "a crawled item");
    }

    /** @throws InvalidTouchpointException when the payload is not a crawled document */
    CrawledDocument readDocument(String payload) {
        return read(documents, payload, "a crawled document");
    }

    private static <T> T read(ObjectReader reader, String payload, String what) {
        if (payload == null || payload.isBlank()) {
            throw new InvalidTouchpointException("payload", "must be a JSON object of " + what);
        }
        try {
            T value = reader.readValue(payload);
            if (value == null) {
                throw new InvalidTouchpointException("payload", "must be a JSON object of " + what);
            }
            return value;
        } catch (JsonProcessingException e) {
            // the message of a Jackson error quotes the payload; only its location is kept
            throw new InvalidTouchpointException("payload", "must be a JSON object of " + what
                    + " (unreadable at line " + lineOf(e) + ")");
        }
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private String serialise(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings always serialise", e);
        }
    }
}
