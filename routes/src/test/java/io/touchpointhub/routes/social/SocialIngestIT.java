package io.touchpointhub.routes.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpointhub.identity.store.SourceCursors;
import io.touchpointhub.model.Channel;
import io.touchpointhub.routes.support.ChannelTestServers;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The social sources of application-it.yml ({@code it-mastodon}, {@code it-reddit}) against platforms
 * answering in their documented formats: posts end up in their authors' profiles, a restarted route
 * resumes at its cursor without duplicates, and a malformed status is a dead letter while the rest is stored.
 */
class SocialIngestIT extends HubIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    CamelContext camel;

    @Autowired
    SourceCursors cursors;

    @Test
    void mastodonPostsBecomeTouchpointsOfTheirAuthorsAndARestartResumesAtTheCursor() throws Exception {
        String u = suffix();
        long base = 110_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 1000;
        FakeMastodon mastodon = new FakeMastodon("acme");
        mastodon.post(base + 1, "ana" + u + "@fosstodon.example", "Ana Lima");
        mastodon.post(base + 2, "lee" + u, "Lee");
        ObjectNode broken = mastodon.post(base + 3, "ana" + u + "@fosstodon.example", "Ana Lima");
        broken.remove("created_at");
        mastodon.post(base + 4, "ana" + u + "@fosstodon.example", "Ana Lima");
        mastodon.post(base + 5, "ana" + u + "@fosstodon.example", "Ana Lima");
        long deadLettersBefore = deadLetters("it-mastodon").size();

        restart("social-mastodon-it-mastodon", () -> {
            cursors.reset(Channel.SOCIAL, "it-mastodon", "tag:acme");
            ChannelTestServers.answer("/mastodon", mastodon::answer);
        });
        awaitCursor("it-mastodon", "tag:acme", String.valueOf(base + 5));
        awaitPipelineIdle();

        assertThat(mastodon.requests).anySatisfy(url -> assertThat(url.queryParameter("max_id")).isNotNull());
        JsonNode ana = profile("mastodon:@ana" + u + "@fosstodon.example");
        assertThat(ana.path("timeline")).hasSize(3).allSatisfy(t -> {
            assertThat(t.path("channel").asText()).isEqualTo("SOCIAL");
            assertThat(t.path("type").asText()).isEqualTo("post");
        });
        String instance = HttpUrl.get(URI.create(ChannelTestServers.apiUrl("/mastodon"))).host();
        assertThat(profile("mastodon:@lee" + u + "@" + instance).path("timeline")).hasSize(1);
        List<JsonNode> letters = deadLetters("it-mastodon");
        assertThat(letters).hasSize((int) deadLettersBefore + 1);
        assertThat(letters.get(0).path("format").asText()).isEqualTo("mastodon-status");
        assertThat(letters.get(0).path("reason").asText()).isEqualTo("created_at: must be a non-blank string");

        int requestsBefore = mastodon.requests.size();
        restart("social-mastodon-it-mastodon", () -> { });
        await().atMost(WAIT).until(() -> mastodon.requests.size() > requestsBefore);
        mastodon.post(base + 6, "ana" + u + "@fosstodon.example", "Ana Lima");
        awaitCursor("it-mastodon", "tag:acme", String.valueOf(base + 6));
        awaitPipelineIdle();

        assertThat(mastodon.requests.get(requestsBefore).queryParameter("since_id")).isEqualTo(String.valueOf(base + 5));
        assertThat(profile("mastodon:@ana" + u + "@fosstodon.example").path("timeline")).hasSize(4);
        assertThat(deadLetters("it-mastodon")).hasSize((int) deadLettersBefore + 1);
    }

    @Test
    void redditPostsBecomeTouchpointsOfTheirAuthorsAndARestartStopsAtTheCursor() throws Exception {
        String u = suffix();
        String base = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000L, 2_000_000L) * 1000, 36);
        FakeReddit reddit = new FakeReddit();
        reddit.post(base + "1", "kettle_fan" + u, "Delivery taking forever");
        reddit.post(base + "2", "otter" + u, "Great support");
        reddit.post(base + "3", "kettle_fan" + u, "Finally arrived");

        restart("social-reddit-it-reddit", () -> {
            cursors.reset(Channel.SOCIAL, "it-reddit", "r/acme");
            ChannelTestServers.answer("/reddit", reddit::answer);
        });
        awaitCursor("it-reddit", "r/acme", base + "3");
        awaitPipelineIdle();

        JsonNode fan = profile("reddit:u/kettle_fan" + u);
        assertThat(fan.path("timeline")).hasSize(2);
        assertThat(fan.path("timeline").get(0).path("text").asText()).startsWith("Finally arrived");
        assertThat(profile("reddit:u/otter" + u).path("timeline")).hasSize(1);
        assertThat(reddit.requests).anySatisfy(r -> assertThat(r.getPath()).contains("after=t3_"));
        assertThat(reddit.requests).allSatisfy(r ->
                assertThat(r.getHeader("User-Agent")).isEqualTo("server:touchpoint-hub-it:0.1 (by /u/touchpointhub)"));

        int requestsBefore = reddit.requests.size();
        restart("social-reddit-it-reddit", () -> { });
        await().atMost(WAIT).until(() -> reddit.requests.size() > requestsBefore + 2);
        awaitPipelineIdle();

        assertThat(reddit.requests.subList(requestsBefore, reddit.requests.size()))
                .noneSatisfy(r -> assertThat(r.getPath()).contains("after="));
        assertThat(profile("reddit:u/kettle_fan" + u).path("timeline")).hasSize(2);
        assertThat(cursors.position(Channel.SOCIAL, "it-reddit", "r/acme")).contains(base + "3");
    }

    /** Stops the source's route, changes the world, and starts it again, as a restarted hub would. */
    private void restart(String routeId, Runnable whileStopped) throws Exception {
        camel.getRouteController().stopRoute(routeId);
        try {
            whileStopped.run();
        } finally {
            camel.getRouteController().startRoute(routeId);
        }
    }

    private void awaitCursor(String source, String stream, String position) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> cursors.position(Channel.SOCIAL, source, stream), p -> p.equals(Optional.of(position)));
    }

    private JsonNode profile(String handle) {
        JsonNode results = hub().get("/api/profiles?q=" + URLEncoder.encode(handle, StandardCharsets.UTF_8)).json()
                .path("results");
        assertThat(results).as("profiles found by " + handle).hasSize(1);
        return hub().get("/api/profiles/" + results.get(0).path("id").asText()).json();
    }

    private List<JsonNode> deadLetters(String source) {
        JsonNode letters = hub().get("/api/admin/dead-letters?limit=1000").json().path("deadLetters");
        return StreamSupport.stream(letters.spliterator(), false)
                .filter(l -> source.equals(l.path("source").asText()))
                .toList();
    }

    private static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
    }
}
