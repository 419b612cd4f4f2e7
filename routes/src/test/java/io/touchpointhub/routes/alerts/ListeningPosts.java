package io.touchpointhub.routes.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.generic.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Social posts in through the signed webhook channel {@code listening-posts} of the test channels
 * (it-channels/listening-posts.yaml), so that they go through intake, identity, the NLP stage and indexing,
 * and tracked topics created through {@code PUT /api/listening/topics/{name}}.
 */
final class ListeningPosts {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "it-listening-secret";

    private final int port;
    private final List<Map<String, Object>> posts = new ArrayList<>();

    ListeningPosts(int port) {
        this.port = port;
    }

    /** Adds a post by {@code handle}; {@code email} (nullable) lets identity link it to a customer. */
    ListeningPosts add(String id, Instant at, String text, String handle, String email) {
        Map<String, Object> user = email == null
                ? Map.of("screen_name", handle, "name", "Name " + handle, "followers_count", 10)
                : Map.of("screen_name", handle, "name", "Name " + handle, "followers_count", 10, "email", email);
        posts.add(Map.of("id", id, "created_at", at.toString(), "text", text, "user", user));
        return this;
    }

    /** Sends the posts added so far in one signed delivery; answers the HTTP status. */
    int send() {
        byte[] body = json(Map.of("posts", posts)).getBytes(StandardCharsets.UTF_8);
        String signature = new WebhookSignature("HmacSHA256", SECRET, WebhookSignature.Encoding.BASE64, "").header(body);
        posts.clear();
        return status(HttpRequest.newBuilder(uri("/webhooks/channels/listening-posts"))
                .header("Content-Type", "application/json").header("X-Posts-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Creates or replaces a tracked topic. */
    int track(String name, String kind, String query) {
        String body = json(Map.of("kind", kind, "query", query));
        return status(HttpRequest.newBuilder(uri("/api/listening/topics/" + name))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int status(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
