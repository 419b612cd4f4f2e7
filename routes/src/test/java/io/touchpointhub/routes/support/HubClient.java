package io.touchpointhub.routes.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the hub's API, as any outside tool would call it. */
public final class HubClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String writeKey;

    public HubClient(int port, String writeKey) {
        this.base = "http://127.0.0.1:" + port;
        this.writeKey = writeKey;
    }

    /** An HTTP answer with its body parsed as JSON (null when empty or not JSON). */
    public record Answer(int status, JsonNode json, String body, String contentType) {
    }

    public Answer post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(writeKey))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Answer postWithAuthorization(String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Makes everything indexed so far visible to searches (tests only; production relies on refresh). */
    public void refreshSearch() {
        JsonNode health = get("/actuator/health").json();
        String node = health.path("components").path("elasticsearch").path("details").path("embedded").asText(null);
        if (node != null) {
            refreshSearchAt(node);
        }
    }

    /** Makes everything indexed so far on this Elasticsearch node visible to searches. */
    public void refreshSearchAt(String node) {
        send(HttpRequest.newBuilder(URI.create(node + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Documents behind an index or alias, counted by Elasticsearch itself. */
    public long count(String node, String index) {
        return send(HttpRequest.newBuilder(URI.create(node + "/" + index + "/_count")).GET()).json().path("count").asLong();
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":").getBytes(StandardCharsets.UTF_8));
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (contentType.contains("json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), json, response.body(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
