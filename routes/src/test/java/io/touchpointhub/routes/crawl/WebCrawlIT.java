package io.touchpointhub.routes.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.touchpointhub.routes.support.ChannelTestServers;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The crawl channel end to end: the sites of application-it.yml ({@code it-blog}: a feed, a broken
 * feed, a feed robots.txt disallows; {@code it-forum}: a Discourse-like page) polled by their own
 * routes against the shared test server, their items in the log and on their authors' profiles.
 */
class WebCrawlIT extends HubIntegrationTest {

    private static final String FEED = "/crawl/blog/feed.xml";
    private static final String BROKEN = "/crawl/blog/broken.xml";
    private static final String PRIVATE = "/crawl/private/";
    private static final String TOPIC = "/crawl/forum/topic.html";
    private static final String ETAG = "\"regulars-v1\"";
    private static final String AUTHOR_EMAIL = "casey.crawl@example.net";
    private static final AtomicInteger ROBOTS_SERVED = new AtomicInteger();
    private static final List<RecordedRequest> SERVED = new CopyOnWriteArrayList<>();
    private static final JsonNode NO_TIMELINE = JsonNodeFactory.instance.arrayNode();
    private static volatile long touchpointsBefore = -1;

    @Autowired
    CamelContext camel;

    /**
     * robots.txt first, and only once the crawler holds it (a robots.txt answered 404 before this
     * test allows everything for a second) the documents: so the disallowed feed is never served.
     */
    @BeforeEach
    void serveTheSites() {
        if (touchpointsBefore >= 0) {
            return;
        }
        ChannelTestServers.answer("/robots.txt", request -> {
            ROBOTS_SERVED.incrementAndGet();
            return new MockResponse().setHeader("Content-Type", "text/plain")
                    .setBody("User-agent: *\nDisallow: " + PRIVATE + "\n");
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> ROBOTS_SERVED.get() >= 2);
        touchpointsBefore = hub().get("/api/admin/stats").json().path("touchpoints").asLong();
        ChannelTestServers.answer("/crawl", WebCrawlIT::serve);
    }

    @Test
    void feedItemsBecomeTouchpointsOnTheirAuthorsProfile() {
        JsonNode timeline = awaitTimeline(AUTHOR_EMAIL, 2);

        assertThat(timeline).allSatisfy(t -> {
            assertThat(t.path("channel").asText()).isEqualTo("WEB");
            assertThat(t.path("source").asText()).isEqualTo("it-blog");
            assertThat(t.path("type").asText()).isEqualTo("article");
        });
        assertThat(timeline.get(0).path("name").asText()).isEqualTo("The new espresso blend is too bitter");
        assertThat(timeline.get(0).path("text").asText()).isEqualTo("I love the shop, but Midnight Roast is far too bitter for me.");
        assertThat(hub().get("/api/admin/stats").json().path("touchpoints").asLong())
                .isGreaterThanOrEqualTo(touchpointsBefore + 4);
    }

    @Test
    void forumPostsBecomeTouchpointsOfTheirAuthorsHandles() {
        String host = URI.create(ChannelTestServers.apiUrl("/")).getHost();

        JsonNode timeline = awaitTimeline("web:" + host + ":barista_bo", 1);

        assertThat(timeline.get(0).path("type").asText()).isEqualTo("post");
        assertThat(timeline.get(0).path("source").asText()).isEqualTo("it-forum");
        assertThat(timeline.get(0).path("name").asText()).isEqualTo("Midnight Roast: too bitter?");
    }

    @Test
    void rePollSendsTheValidatorsAndAddsNothing() {
        awaitTimeline(AUTHOR_EMAIL, 2);
        int conditionalBefore = conditionalFeedRequests();

        await().atMost(Duration.ofSeconds(20)).until(() -> conditionalFeedRequests() >= conditionalBefore + 2);
        awaitPipelineIdle();

        assertThat(timelineOf(AUTHOR_EMAIL)).hasSize(2);
        assertThat(deadLetters("it-blog", "web-feed-item")).hasSize(1);
    }

    @Test
    void itemWithAnUnreadableDateIsItsOwnDeadLetter() {
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters("it-blog", "web-feed-item").size() == 1);

        JsonNode letter = deadLetters("it-blog", "web-feed-item").get(0);
        assertThat(letter.path("channel").asText()).isEqualTo("WEB");
        assertThat(letter.path("reason").asText()).startsWith("published: must be").doesNotContain("Tuesday");
    }

    @Test
    void brokenFeedBecomesOneDeadLetterOfTheWholeDocument() {
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters("it-blog", "web-document").size() == 1);
        int polled = served(BROKEN);

        await().atMost(Duration.ofSeconds(20)).until(() -> served(BROKEN) >= polled + 2);

        List<JsonNode> letters = deadLetters("it-blog", "web-document");
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).path("reason").asText())
                .isEqualTo("document: the document is not an RSS or Atom feed (root element <html>)");
    }

    @Test
    void feedDisallowedByRobotsTxtIsNeverFetched() {
        int polled = served(FEED);

        await().atMost(Duration.ofSeconds(20)).until(() -> served(FEED) >= polled + 2);

        assertThat(served(PRIVATE)).isZero();
    }

    @Test
    void eachSiteIsPolledByARouteOfItsOwn() {
        assertThat(camel.getRouteController().getRouteStatus("web-crawl-it-blog")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().getRouteStatus("web-crawl-it-forum")).isEqualTo(ServiceStatus.Started);
    }

    private static MockResponse serve(RecordedRequest request) {
        SERVED.add(request);
        String path = request.getPath();
        if (FEED.equals(path)) {
            return ETAG.equals(request.getHeader("If-None-Match")) ? new MockResponse().setResponseCode(304)
                    : document("blog-feed.xml", "application/rss+xml; charset=UTF-8").setHeader("ETag", ETAG);
        }
        if (TOPIC.equals(path)) {
            return document("forum-topic.html", "text/html; charset=UTF-8");
        }
        if (BROKEN.equals(path)) {
            return new MockResponse().setHeader("Content-Type", "text/html")
                    .setBody("<!DOCTYPE html><html><body><h1>Down for maintenance</h1></body></html>");
        }
        return new MockResponse().setResponseCode(path != null && path.startsWith(PRIVATE) ? 200 : 404);
    }

    private static MockResponse document(String fixture, String contentType) {
        try (InputStream in = WebCrawlIT.class.getResourceAsStream("/crawl/" + fixture)) {
            return new MockResponse().setHeader("Content-Type", contentType)
                    .setBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int served(String pathPrefix) {
        return (int) SERVED.stream().filter(r -> r.getPath() != null && r.getPath().startsWith(pathPrefix)).count();
    }

    private static int conditionalFeedRequests() {
        return (int) SERVED.stream().filter(r -> FEED.equals(r.getPath()) && ETAG.equals(r.getHeader("If-None-Match")))
                .count();
    }

    private JsonNode awaitTimeline(String identifier, int size) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            awaitPipelineIdle();
            return timelineOf(identifier).size() >= size;
        });
        JsonNode timeline = timelineOf(identifier);
        assertThat(timeline).hasSize(size);
        return timeline;
    }

    private JsonNode timelineOf(String identifier) {
        JsonNode results = hub().get("/api/profiles?q=" + URLEncoder.encode(identifier, StandardCharsets.UTF_8))
                .json().path("results");
        if (results.size() != 1) {
            return NO_TIMELINE;
        }
        return hub().get("/api/profiles/" + results.get(0).path("id").asText()).json().path("timeline");
    }

    private List<JsonNode> deadLetters(String source, String format) {
        JsonNode letters = hub().get("/api/admin/dead-letters?limit=1000").json().path("deadLetters");
        return StreamSupport.stream(letters.spliterator(), false)
                .filter(l -> source.equals(l.path("source").asText()) && format.equals(l.path("format").asText()))
                .toList();
    }
}
