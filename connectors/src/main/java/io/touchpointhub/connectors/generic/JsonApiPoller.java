package io.touchpointhub.connectors.generic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.ConnectorException;
import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.TransientConnectorException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Polls a JSON API that answers "items newer than a cursor": {@code GET url?<cursorParam>=<cursor>}
 * returns an array of items (at {@code itemsPointer}), each carrying the cursor value at
 * {@code cursorPointer} (an increasing id or timestamp). Every poll asks for what is newer than the
 * largest cursor seen, so a restarted hub resumes where it stopped; an API that pages further just
 * continues on the next poll.
 */
public final class JsonApiPoller {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A page larger than this is refused rather than held in memory. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final OkHttpClient http;
    private final Settings settings;

    public JsonApiPoller(OkHttpClient http, Settings settings) {
        this.http = http;
        this.settings = settings;
    }

    /**
     * @param url           the endpoint; the cursor is added as a query parameter
     * @param itemsPointer  where the item array is in the response (empty: the response is the array)
     * @param cursorPointer where an item's cursor value is (e.g. {@code /id}); empty: no cursor
     * @param cursorParam   the query parameter that asks for items after a cursor (e.g. {@code since_id})
     * @param headers       request headers (an API key, Accept); values may be secrets
     */
    public record Settings(HttpUrl url, String itemsPointer, String cursorPointer, String cursorParam,
                           Map<String, String> headers) {
        public Settings {
            Objects.requireNonNull(url, "url");
            itemsPointer = itemsPointer == null ? "" : itemsPointer;
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }

        /** Header values may be credentials: never printed. */
        @Override
        public String toString() {
            return "Settings[" + url.host() + url.encodedPath() + ", headers=" + headers.keySet() + "]";
        }
    }

    /**
     * @param items  each item as its own JSON text, in the order the API gave them
     * @param cursor the largest cursor among them and the one asked with (unchanged when no item had one)
     */
    public record Page(List<String> items, String cursor) {
    }

    /**
     * Fetches and splits one page.
     *
     * @throws TransientConnectorException on network failures, 429 and 5xx: try again later
     * @throws InvalidTouchpointException  when the response is not the JSON the settings describe
     * @throws ConnectorException          on any other refusal (401, 404: the configuration is wrong)
     */
    public Page poll(String cursor) {
        return page(fetch(cursor), cursor);
    }

    /**
     * Fetches the body of the page after {@code cursor}, unparsed, so that a caller can keep a body
     * that {@link #page} rejects.
     *
     * @throws TransientConnectorException on network failures, 429 and 5xx: try again later
     * @throws ConnectorException          on any other refusal (401, 404: the configuration is wrong)
     */
    public String fetch(String cursor) {
        HttpUrl.Builder url = settings.url().newBuilder();
        if (cursor != null && JsonItemMapping.blankToNull(settings.cursorParam()) != null) {
            url.setQueryParameter(settings.cursorParam(), cursor);
        }
        Request.Builder request = new Request.Builder().url(url.build()).header("Accept", "application/json");
        settings.headers().forEach(request::header);
        try (Response response = http.newCall(request.build()).execute()) {
            if (response.code() == 429 || response.code() >= 500) {
                throw new TransientConnectorException("Polling " + settings.url().host() + " answered " + response.code());
            }
            if (!response.isSuccessful()) {
                throw new ConnectorException("Polling " + settings.url().host() + " answered " + response.code());
            }
            ResponseBody body = response.body();
            return body == null ? "" : limited(body);
        } catch (IOException e) {
            throw new TransientConnectorException("Polling " + settings.url().host() + " failed", e);
        }
    }

    private String limited(ResponseBody body) throws IOException {
        byte[] bytes = body.byteStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ConnectorException("Polling " + settings.url().host() + " answered more than "
                    + MAX_BODY_BYTES / (1024 * 1024) + " MB in one page");
        }
        MediaType type = body.contentType();
        Charset charset = type == null ? null : type.charset();
        return new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    /** Splits a response body into items; public so that a recorded response can be replayed in tests. */
    public Page page(String body, String cursor) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidTouchpointException("body", "must be well-formed JSON");
        }
        JsonNode array = root == null ? null : root.at(settings.itemsPointer());
        if (array == null || !array.isArray()) {
            throw new InvalidTouchpointException(settings.itemsPointer().isEmpty() ? "body" : settings.itemsPointer(),
                    "must be a JSON array of items");
        }
        List<String> items = new ArrayList<>(array.size());
        String newest = cursor;
        for (JsonNode item : array) {
            items.add(item.toString());
            String value = item.isObject() ? JsonItemMapper.text(item, settings.cursorPointer()) : null;
            if (value != null && (newest == null || compare(value, newest) > 0)) {
                newest = value;
            }
        }
        return new Page(items, newest);
    }

    /** Numbers compare as numbers (ids), anything else as text (ISO-8601 timestamps sort as text). */
    static int compare(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
