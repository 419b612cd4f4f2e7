package io.touchpointhub.connectors.social.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpointhub.connectors.social.SocialHttp;
import io.touchpointhub.connectors.social.SocialPoller;
import io.touchpointhub.connectors.social.SocialTestSupport;
import io.touchpointhub.connectors.social.SocialTestSupport.MappingSink;
import io.touchpointhub.connectors.social.SocialTestSupport.MemoryCursors;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Subreddit listings polled with {@code after} pagination, a User-Agent and an optional app-only token. */
class RedditPollingTest {

    private static final String USER_AGENT = "server:touchpoint-hub-test:0.1 (by /u/touchpointhub)";

    private final MockWebServer server = new MockWebServer();
    private final MemoryCursors cursors = new MemoryCursors();
    private final MappingSink sink = new MappingSink(
            new RedditThingMapper(RedditThingMapperTest.JSON, Clock.fixed(RedditThingMapperTest.NOW, ZoneOffset.UTC)), "reddit");
    private SocialHttp http;

    @BeforeEach
    void start() throws IOException {
        server.start();
        http = SocialTestSupport.http("social-reddit-test", new RedditRateLimitHeaders(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void pagesWithAfterUntilTheCursorAndIdentifiesItselfWithItsUserAgent() throws Exception {
        cursors.save("r/acme", "1h8eaaa");
        server.enqueue(json(SocialTestSupport.resource("reddit/new-listing.json")));
        server.enqueue(json(listing(null, post("1h8ezy9"), post("1h8eaaa"), post("1h8e000"))));

        new SocialPoller(100, 10).poll(anonymous().newPosts("r/Acme"), cursors, sink);

        RecordedRequest first = server.takeRequest();
        assertThat(first.getPath()).isEqualTo("/r/Acme/new.json?limit=100&raw_json=1");
        assertThat(first.getHeader("User-Agent")).isEqualTo(USER_AGENT);
        assertThat(first.getHeader("Authorization")).isNull();
        assertThat(server.takeRequest().getRequestUrl().queryParameter("after")).isEqualTo("t3_1h8ezz0");
        assertThat(sink.externalIds()).containsExactly("t3_1h8f0b2", "t3_1h8ezz0", "t3_1h8ezy9");
        assertThat(cursors.positions).containsEntry("r/acme", "1h8f0b2");
    }

    @Test
    void fetchesAnAppOnlyTokenOnceAndSendsItAsBearer() throws Exception {
        server.enqueue(json(SocialTestSupport.resource("reddit/access-token.json")));
        server.enqueue(json(SocialTestSupport.resource("reddit/comments-listing.json")));
        server.enqueue(json(SocialTestSupport.resource("reddit/comments-listing.json")));
        RedditTokens tokens = new RedditTokens(server.url("/api/v1/access_token").uri(), "app-id", "app-secret",
                USER_AGENT, http, RedditThingMapperTest.JSON, Clock.systemUTC());
        RedditClient client = new RedditClient("reddit", server.url("/").uri(), USER_AGENT, tokens, http,
                RedditThingMapperTest.JSON);
        SocialPoller poller = new SocialPoller(100, 10);

        poller.poll(client.newComments("acme"), cursors, sink);
        poller.poll(client.newComments("acme"), cursors, sink);

        RecordedRequest token = server.takeRequest();
        assertThat(token.getMethod()).isEqualTo("POST");
        assertThat(token.getHeader("Authorization")).isEqualTo(okhttp3.Credentials.basic("app-id", "app-secret"));
        assertThat(token.getBody().readUtf8()).isEqualTo("grant_type=client_credentials");
        for (int i = 0; i < 2; i++) {
            RecordedRequest listing = server.takeRequest();
            assertThat(listing.getPath()).startsWith("/r/acme/comments.json");
            assertThat(listing.getHeader("Authorization")).startsWith("bearer eyJhbGciOiJSUzI1NiIs");
        }
        assertThat(sink.externalIds()).containsExactly("t1_m0t7abc");
        assertThat(cursors.positions).containsEntry("r/acme/comments", "m0t7abc");
    }

    @Test
    void waitsForRedditsResetGivenInSecondsWhenNoCallsRemain() {
        server.enqueue(json(listing(null)).setHeader("X-Ratelimit-Remaining", "0.0")
                .setHeader("X-Ratelimit-Used", "100").setHeader("X-Ratelimit-Reset", "1"));
        server.enqueue(json(listing(null)));
        RedditClient client = anonymous();
        new SocialPoller(100, 10).poll(client.search("acme"), cursors, sink);
        long start = System.nanoTime();

        new SocialPoller(100, 10).poll(client.search("acme"), cursors, sink);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    private RedditClient anonymous() {
        return new RedditClient("reddit", server.url("/").uri(), USER_AGENT, null, http, RedditThingMapperTest.JSON);
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json; charset=UTF-8").setBody(body);
    }

    /** The first post of the documented listing under another id. */
    private static JsonNode post(String id) throws Exception {
        ObjectNode post = (ObjectNode) RedditThingMapperTest.JSON.readTree(RedditThingMapperTest.child("new-listing.json", 0));
        ((ObjectNode) post.get("data")).put("id", id).put("name", "t3_" + id)
                .put("created_utc", Instant.parse("2024-12-07T10:00:00Z").getEpochSecond());
        return post;
    }

    private static String listing(String after, JsonNode... children) {
        ObjectNode root = RedditThingMapperTest.JSON.createObjectNode().put("kind", "Listing");
        ObjectNode data = root.putObject("data");
        data.put("after", after).put("dist", children.length).put("modhash", "").put("geo_filter", "");
        ArrayNode list = data.putArray("children");
        for (JsonNode child : children) {
            list.add(child);
        }
        data.putNull("before");
        return root.toString();
    }
}
