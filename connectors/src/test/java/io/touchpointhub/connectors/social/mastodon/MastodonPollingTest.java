package io.touchpointhub.connectors.social.mastodon;

import static io.touchpointhub.connectors.social.mastodon.MastodonFixtures.SOURCE;
import static io.touchpointhub.connectors.social.mastodon.MastodonFixtures.page;
import static io.touchpointhub.connectors.social.mastodon.MastodonFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpointhub.connectors.ConnectorException;
import io.touchpointhub.connectors.social.PollResult;
import io.touchpointhub.connectors.social.SocialPoller;
import io.touchpointhub.connectors.social.SocialStream;
import io.touchpointhub.connectors.social.SocialTestSupport;
import io.touchpointhub.connectors.social.SocialTestSupport.MappingSink;
import io.touchpointhub.connectors.social.SocialTestSupport.MemoryCursors;
import java.io.IOException;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hashtag timelines, mentions and searches polled from a Mastodon API answering as documented. */
class MastodonPollingTest {

    private final MockWebServer server = new MockWebServer();
    private final MemoryCursors cursors = new MemoryCursors();
    private final MappingSink sink = new MappingSink(MastodonFixtures.mapper(), SOURCE);
    private MastodonClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = new MastodonClient(SOURCE, server.url("/").uri(), "token-1",
                SocialTestSupport.http("social-mastodon-test", new MastodonRateLimitHeaders(), Duration.ofSeconds(5)),
                MastodonFixtures.JSON);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void followsTheLinkHeaderAcrossPagesUntilTheCursor() throws InterruptedException {
        cursors.save("tag:acme", "100");
        server.enqueue(timeline(page(status(105), status(104), status(103)), "103"));
        server.enqueue(timeline(page(status(102), status(101), status(100), status(99)), "99"));

        PollResult result = new SocialPoller(40, 10).poll(client.hashtag("#Acme"), cursors, sink);

        RecordedRequest first = server.takeRequest();
        assertThat(first.getPath()).isEqualTo("/api/v1/timelines/tag/Acme?limit=40&since_id=100");
        assertThat(first.getHeader("Authorization")).isEqualTo("Bearer token-1");
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/timelines/tag/Acme?max_id=103");
        assertThat(sink.externalIds()).containsExactly(uris(105, 104, 103, 102, 101));
        assertThat(cursors.positions).containsEntry("tag:acme", "105");
        assertThat(result.pages()).isEqualTo(2);
    }

    @Test
    void resumesWithSinceIdAfterARestartAndIngestsNothingTwice() throws InterruptedException {
        server.enqueue(timeline(page(status(12), status(11), status(10)), null));
        new SocialPoller(40, 10).poll(client.hashtag("acme"), cursors, sink);
        server.takeRequest();
        server.enqueue(timeline("[]", null));

        new SocialPoller(40, 10).poll(client.hashtag("acme"), cursors, sink);

        assertThat(server.takeRequest().getRequestUrl().queryParameter("since_id")).isEqualTo("12");
        assertThat(sink.stored).hasSize(3);
        assertThat(cursors.positions).containsEntry("tag:acme", "12");
    }

    @Test
    void firstPollBackfillsNoMoreThanTheLimit() {
        server.enqueue(timeline(page(status(12), status(11), status(10)), "10"));

        new SocialPoller(2, 10).poll(client.hashtag("acme"), cursors, sink);

        assertThat(sink.externalIds()).containsExactly(uris(12, 11));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(cursors.positions).containsEntry("tag:acme", "12");
    }

    @Test
    void readsMentionsAsTheStatusesOfMentionNotificationsPositionedByNotification() throws InterruptedException {
        String notification = SocialTestSupport.resource("mastodon/notification-mention.json");
        server.enqueue(timeline("[" + notification + "]", null));

        new SocialPoller(40, 10).poll(client.mentions(), cursors, sink);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getRequestUrl().queryParameterValues("types[]")).containsExactly("mention");
        assertThat(sink.externalIds()).containsExactly("https://fosstodon.org/users/ana/statuses/103186126728896492");
        assertThat(sink.stored.get(0).text()).isEqualTo("@acme my order never arrived");
        assertThat(cursors.positions).containsEntry("mentions", "34975861");
    }

    @Test
    void searchesStatusesAndPagesOlderWithMaxId() throws InterruptedException {
        server.enqueue(new MockResponse().setBody(search(status(12), status(11))));
        server.enqueue(new MockResponse().setBody(search()));
        SocialStream search = client.search("acme widgets");

        new SocialPoller(40, 10).poll(search, cursors, sink);

        RecordedRequest first = server.takeRequest();
        assertThat(first.getRequestUrl().queryParameter("q")).isEqualTo("acme widgets");
        assertThat(first.getRequestUrl().queryParameter("type")).isEqualTo("statuses");
        assertThat(server.takeRequest().getRequestUrl().queryParameter("max_id")).isEqualTo("11");
        assertThat(sink.externalIds()).containsExactly(uris(12, 11));
        assertThat(cursors.positions).containsEntry("search:acme widgets", "12");
    }

    @Test
    void malformedStatusBecomesOneDeadLetterWhileTheOthersAreStoredAndTheCursorMoves() {
        ObjectNode broken = status(2);
        broken.remove("created_at");
        cursors.save("tag:acme", "1");
        server.enqueue(timeline(page(status(3), broken, status(1)), null));

        new SocialPoller(40, 10).poll(client.hashtag("acme"), cursors, sink);

        assertThat(sink.externalIds()).containsExactly(uris(3));
        assertThat(sink.deadLetters).containsExactly(broken.toString());
        assertThat(sink.reasons).containsExactly("created_at: must be a non-blank string");
        assertThat(cursors.positions).containsEntry("tag:acme", "3");
    }

    @Test
    void pageThatIsNotJsonBecomesADeadLetterWholeAndTheCursorStaysForTheNextPoll() {
        cursors.save("tag:acme", "5");
        String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody(html));
        server.enqueue(timeline(page(status(7), status(6), status(5)), null));
        SocialPoller poller = new SocialPoller(40, 10);

        PollResult rejected = poller.poll(client.hashtag("acme"), cursors, sink);
        String cursorAfterRejection = cursors.positions.get("tag:acme");
        poller.poll(client.hashtag("acme"), cursors, sink);

        assertThat(rejected.state()).isEqualTo(PollResult.State.PAGE_REJECTED);
        assertThat(sink.deadLetters).containsExactly(html);
        assertThat(sink.reasons).containsExactly("body: must be a JSON status");
        assertThat(cursorAfterRejection).isEqualTo("5");
        assertThat(sink.externalIds()).containsExactly(uris(7, 6));
    }

    @Test
    void refusesToFollowANextLinkThatLeavesTheInstance() {
        server.enqueue(new MockResponse().setBody(page(status(9)))
                .setHeader("Link", "<https://elsewhere.example/api/v1/timelines/tag/acme?max_id=9>; rel=\"next\""));
        cursors.save("tag:acme", "1");

        assertThatThrownBy(() -> new SocialPoller(40, 10).poll(client.hashtag("acme"), cursors, sink))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("leads away from the instance");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(cursors.positions).containsEntry("tag:acme", "1");
    }

    private MockResponse timeline(String body, String nextMaxId) {
        MockResponse response = new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
        if (nextMaxId != null) {
            response.setHeader("Link", "<" + server.url("/api/v1/timelines/tag/Acme?max_id=" + nextMaxId)
                    + ">; rel=\"next\", <" + server.url("/api/v1/timelines/tag/Acme?min_id=1") + ">; rel=\"prev\"");
        }
        return response;
    }

    private static String search(ObjectNode... statuses) {
        return "{\"accounts\":[],\"statuses\":" + page(statuses) + ",\"hashtags\":[]}";
    }

    private static String[] uris(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> "https://mastodon.social/users/Gargron/statuses/" + id)
                .toArray(String[]::new);
    }
}
