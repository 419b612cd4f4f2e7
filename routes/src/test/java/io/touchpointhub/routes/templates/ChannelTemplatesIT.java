package io.touchpointhub.routes.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.generic.WebhookSignature;
import io.touchpointhub.identity.store.SourceCursors;
import io.touchpointhub.model.Channel;
import io.touchpointhub.routes.channels.ChannelIntake;
import io.touchpointhub.routes.support.ChannelTestKit;
import io.touchpointhub.routes.support.ChannelTestServers;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three channels of it-channels/*.yaml, each one YAML file of template parameters and no code, run
 * end to end: polled or pushed, mapped, resolved with the other channels, searchable.
 */
class ChannelTemplatesIT extends HubIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REVIEWS = "/acme/v1/reviews";
    private static final String NEWS = "/news/feed.xml";

    @Autowired
    ChannelIntake intake;

    @Autowired
    SourceCursors cursors;

    private final List<RecordedRequest> reviewRequests = new CopyOnWriteArrayList<>();

    @AfterEach
    void silenceTheApi() {
        ChannelTestServers.silence(REVIEWS);
        ChannelTestServers.silence(NEWS);
    }

    @Test
    void readsAFeedChannelDefinedByTheTemplateIntoItsAuthorsProfile() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        ChannelTestServers.answer(NEWS, request -> new MockResponse()
                .setHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .setBody("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>Acme News</title><link>https://news.acme.example/</link>
                          <item><title>Acme recalls kettles</title><link>https://news.acme.example/recall-%1$s</link>
                            <guid>https://news.acme.example/recall-%1$s</guid>
                            <author>nina-%1$s@example.org (Nina Roy)</author>
                            <pubDate>Sat, 21 Nov 2026 10:00:00 GMT</pubDate>
                            <description>&lt;p&gt;Kettles of the 2026 series overheat.&lt;/p&gt;</description></item>
                        </channel></rss>""".formatted(u)));
        ChannelTestKit kit = new ChannelTestKit(intake, backlog, hub());

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            kit.awaitSearchable();
            return kit.profile("nina-" + u + "@example.org").isPresent();
        });

        JsonNode timeline = kit.profile("nina-" + u + "@example.org").orElseThrow().path("timeline");
        assertThat(timeline).hasSize(1);
        assertThat(timeline.get(0).path("type").asText()).isEqualTo("article");
        assertThat(timeline.get(0).toString()).contains("Kettles of the 2026 series overheat.").contains("acme-news");
    }

    @Test
    void pollsReviewsAfterTheStoredCursorAndDeadLettersTheItemWithoutId() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        long deadBefore = pendingDeadLetters();
        ChannelTestServers.answer(REVIEWS, request -> {
            reviewRequests.add(request);
            String since = request.getRequestUrl().queryParameter("since_id");
            return json(since == null || Long.parseLong(since) < 2 ? """
                    {"reviews": [
                      {"id": 1, "created_at": "2026-11-20T09:00:00Z", "title": "Love it", "body": "Great strap",
                       "stars": 5, "product": {"sku": "W-1"},
                       "reviewer": {"email": "rita-%1$s@example.org", "display_name": "Rita Ng", "username": "rita%1$s"}},
                      {"id": 2, "created_at": "2026-11-21T09:00:00Z", "title": "Broke", "body": "Snapped in a week",
                       "stars": 1, "reviewer": {"email": "RITA-%1$s@example.org"}},
                      {"created_at": "2026-11-21T10:00:00Z", "body": "no id"}
                    ]}""".formatted(u) : "{\"reviews\": []}");
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> reviewRequests.stream()
                .anyMatch(r -> "2".equals(r.getRequestUrl().queryParameter("since_id"))));
        new ChannelTestKit(intake, backlog, hub()).awaitSearchable();

        JsonNode profile = new ChannelTestKit(intake, backlog, hub()).profile("rita-" + u + "@example.org").orElseThrow();
        List<JsonNode> reviews = StreamSupport.stream(profile.path("timeline").spliterator(), false)
                .filter(t -> "review".equals(t.path("type").asText())).toList();
        assertThat(reviews).hasSize(2);
        assertThat(reviews.get(0).toString()).contains("Snapped in a week");
        assertThat(reviewRequests.get(0).getHeader("Authorization")).isEqualTo("Bearer test-token");
        assertThat(cursors.position(Channel.MARKETPLACE, "acme-reviews", JsonApiPollTask.STREAM)).contains("2");
        assertThat(pendingDeadLetters()).isEqualTo(deadBefore + 1);
        JsonNode letter = hub().get("/api/admin/dead-letters").json().path("deadLetters").get(0);
        assertThat(letter.path("format").asText()).isEqualTo("json-acme-reviews");
        assertThat(letter.path("reason").asText()).contains("/id");
    }

    @Test
    void acceptsASignedTicketIntoTheSameProfileAsTheCustomersOtherChannels() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        hub().post("/v1/identify", """
                {"userId":"user-%1$s","traits":{"email":"tom-%1$s@example.org","name":"Tom Ito"}}""".formatted(u));
        String body = """
                {"tickets": [{"ticket_id": "T-%1$s", "opened_at": "2026-11-22T08:00:00Z", "subject": "Refund",
                  "description": "Where is my refund?", "priority": "high",
                  "requester": {"email": "tom-%1$s@example.org", "name": "Tom Ito"}}]}""".formatted(u);

        HttpResponse<String> accepted = postTicket(body, sign(body));
        HttpResponse<String> repeated = postTicket(body, sign(body));
        new ChannelTestKit(intake, backlog, hub()).awaitSearchable();

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(accepted.body()).path("accepted").asInt()).isEqualTo(1);
        assertThat(repeated.statusCode()).isEqualTo(200);
        ChannelTestKit kit = new ChannelTestKit(intake, backlog, hub());
        assertThat(kit.profileCount("tom-" + u + "@example.org")).isEqualTo(1);
        JsonNode timeline = kit.profile("tom-" + u + "@example.org").orElseThrow().path("timeline");
        assertThat(timeline).hasSize(2);
        assertThat(timeline.toString()).contains("Where is my refund?").contains("CALL_CENTER");
    }

    @Test
    void refusesATicketWithABadSignatureAndRecordsNothing() throws Exception {
        long touchpoints = hub().get("/api/admin/stats").json().path("touchpoints").asLong();
        String body = "{\"tickets\":[{\"ticket_id\":\"T-forged\",\"requester\":{\"email\":\"x@example.org\"}}]}";

        HttpResponse<String> forged = postTicket(body, sign(body.replace("forged", "other")));
        HttpResponse<String> unsigned = postTicket(body, null);
        HttpResponse<String> unknown = post("/webhooks/channels/no-such-channel", body, Map.of());

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("problem+json"));
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(hub().get("/api/admin/stats").json().path("touchpoints").asLong()).isEqualTo(touchpoints);
    }

    private long pendingDeadLetters() {
        return hub().get("/api/admin/dead-letters").json().path("pending").asLong();
    }

    private static String sign(String body) {
        return new WebhookSignature("HmacSHA256", "it-helpdesk-secret", WebhookSignature.Encoding.BASE64, "")
                .header(body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postTicket(String body, String signature) throws Exception {
        return post("/webhooks/channels/helpdesk-tickets", body,
                signature == null ? Map.of() : Map.of("X-Helpdesk-Signature", signature));
    }

    private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}
