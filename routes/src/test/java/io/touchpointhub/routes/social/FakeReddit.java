package io.touchpointhub.routes.social;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A subreddit's new posts served as Reddit's listing JSON (the first post of a real listing, renumbered),
 * newest first, two per page with {@code after}, behind an app-only token endpoint.
 */
final class FakeReddit {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_SIZE = 2;
    static final String TOKEN = "it-reddit-token";

    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> posts = new CopyOnWriteArrayList<>();

    /** A new post on top; {@code id} in base 36, growing. */
    void post(String id, String author, String title) {
        ObjectNode post = (ObjectNode) resource("new-listing.json").path("data").path("children").get(0).deepCopy();
        ((ObjectNode) post.get("data")).put("id", id).put("name", "t3_" + id).put("author", author).put("title", title)
                .put("permalink", "/r/acme/comments/" + id + "/post/")
                .put("created_utc", 1_733_580_000L + Long.parseLong(id, 36) % 1_000_000);
        posts.add(0, post);
    }

    MockResponse answer(RecordedRequest request) {
        requests.add(request);
        HttpUrl url = request.getRequestUrl();
        if (url != null && url.encodedPath().endsWith("/api/v1/access_token")) {
            return json(((ObjectNode) resource("access-token.json")).put("access_token", TOKEN).toString());
        }
        if (url == null || !url.encodedPath().endsWith("/r/acme/new.json")) {
            return new MockResponse().setResponseCode(404).setBody("{\"message\": \"Not Found\", \"error\": 404}");
        }
        if (!("bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
            return new MockResponse().setResponseCode(401).setBody("{\"message\": \"Unauthorized\", \"error\": 401}");
        }
        return json(page(url.queryParameter("after")));
    }

    private String page(String after) {
        List<JsonNode> all = new ArrayList<>(posts);
        int start = 0;
        if (after != null) {
            start = all.size();
            for (int i = 0; i < all.size(); i++) {
                if (after.equals(all.get(i).path("data").path("name").asText())) {
                    start = i + 1;
                }
            }
        }
        List<JsonNode> page = all.subList(Math.min(start, all.size()), Math.min(all.size(), start + PAGE_SIZE));
        ObjectNode root = JSON.createObjectNode().put("kind", "Listing");
        ObjectNode data = root.putObject("data");
        boolean more = start + PAGE_SIZE < all.size();
        data.put("after", more ? page.get(page.size() - 1).path("data").path("name").asText() : null);
        data.put("dist", page.size()).put("modhash", "").put("geo_filter", "");
        ArrayNode children = data.putArray("children");
        page.forEach(children::add);
        data.putNull("before");
        return root.toString();
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json; charset=UTF-8").setBody(body)
                .setHeader("X-Ratelimit-Used", "1").setHeader("X-Ratelimit-Remaining", "99.0")
                .setHeader("X-Ratelimit-Reset", "300");
    }

    private static JsonNode resource(String name) {
        try (InputStream in = FakeReddit.class.getResourceAsStream("/social/reddit/" + name)) {
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
