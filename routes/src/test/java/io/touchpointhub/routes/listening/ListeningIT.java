package io.touchpointhub.routes.listening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.generic.WebhookSignature;
import io.touchpointhub.routes.support.HubClient;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Posts in through a signed webhook channel (SOCIAL, with handle, name and followers), analysed by the NLP
 * stage, tagged with the topics of application-it.yml (it-zorblax brand, it-quuxco competitor) or created
 * here, and read back through the listening endpoints. Each test owns a year of occurredAt, so aggregations
 * over the shared index see only its posts.
 */
class ListeningIT extends HubIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String u = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void listsAnalysedMentionsOfATopicWithSentimentAuthorReachAndProfile() {
        post(List.of(
                post("1", "2031-01-05T10:00:00Z", "I absolutely love my new Zorblax kettle! #zorblax " + u, "amy_" + u, 5000, null),
                post("2", "2031-01-06T10:00:00Z", "Zorblax support is terrible and slow, very disappointed " + u, "bob_" + u, 10, null),
                post("3", "2031-01-07T10:00:00Z", "The Zorblax anvil fell on my foot " + u, "cyd_" + u, 10, null),
                post("4", "2031-01-08T10:00:00Z", "Quuxco kettles are fine " + u, "dee_" + u, 10, null)));
        awaitPipelineIdle();

        JsonNode newest = hub().get("/api/listening/mentions?topic=it-zorblax&from=2031-01-01&to=2031-02-01&q=" + u).json();
        JsonNode influential = hub().get("/api/listening/mentions?topic=it-zorblax&from=2031-01-01&to=2031-02-01&sort=influential").json();
        JsonNode negative = hub().get("/api/listening/mentions?topic=it-zorblax&sentiment=negative&language=en&from=2031-01-01&to=2031-02-01").json();

        assertThat(newest.path("total").asLong()).isEqualTo(2);
        assertThat(handles(newest)).containsExactly("x:bob_" + u, "x:amy_" + u);
        JsonNode amy = newest.path("mentions").get(1);
        assertThat(amy.path("text").asText()).startsWith("I absolutely love");
        assertThat(amy.path("channel").asText()).isEqualTo("SOCIAL");
        assertThat(amy.path("source").asText()).isEqualTo("listening-posts");
        assertThat(amy.path("sentiment").path("label").asText()).isEqualTo("positive");
        assertThat(amy.path("sentiment").path("score").asDouble()).isPositive();
        assertThat(amy.path("language").asText()).isEqualTo("en");
        assertThat(amy.path("topics").toString()).contains("it-zorblax").doesNotContain("it-quuxco");
        assertThat(amy.path("reach").asLong()).isEqualTo(5000);
        assertThat(amy.path("author").path("name").asText()).isEqualTo("Name amy_" + u);
        assertThat(amy.path("profileId").asText()).isNotBlank();
        assertThat(handles(influential)).containsExactly("x:amy_" + u, "x:bob_" + u);
        assertThat(handles(negative)).containsExactly("x:bob_" + u);
    }

    @Test
    void trendsCountVolumeAndSentimentPerDayIncludingEmptyDaysAndPerChannel() {
        post(List.of(
                post("1", "2032-03-01T09:00:00Z", "Zorblax is wonderful, great job " + u, "eve_" + u, 1, null),
                post("2", "2032-03-01T18:00:00Z", "Zorblax broke, awful and useless " + u, "fay_" + u, 1, null),
                post("3", "2032-03-03T12:00:00Z", "Happy with #zorblax today " + u, "gus_" + u, 1, null)));
        awaitPipelineIdle();

        JsonNode trend = hub().get("/api/listening/trends?topic=it-zorblax&from=2032-03-01&to=2032-03-04&interval=day&byChannel=true").json();

        JsonNode buckets = trend.path("buckets");
        assertThat(buckets).hasSize(3);
        assertThat(buckets.get(0).path("start").asText()).isEqualTo("2032-03-01T00:00:00Z");
        assertThat(List.of(buckets.get(0).path("volume").asLong(), buckets.get(1).path("volume").asLong(),
                buckets.get(2).path("volume").asLong())).containsExactly(2L, 0L, 1L);
        assertThat(buckets.get(0).path("sentiment").path("positive").asLong()).isEqualTo(1);
        assertThat(buckets.get(0).path("sentiment").path("negative").asLong()).isEqualTo(1);
        assertThat(buckets.get(2).path("meanScore").asDouble()).isPositive();
        assertThat(buckets.get(0).path("channels").path("SOCIAL").path("volume").asLong()).isEqualTo(2);
        assertThat(buckets.get(1).path("meanScore").isNumber()).as("an empty day has no mean").isFalse();
    }

    @Test
    void shareOfVoiceComparesOurBrandWithItsCompetitor() {
        post(List.of(
                post("1", "2033-05-01T09:00:00Z", "Zorblax is great " + u, "hal_" + u, 1, null),
                post("2", "2033-05-02T09:00:00Z", "zorblax corp ships fast " + u, "ida_" + u, 1, null),
                post("3", "2033-05-03T09:00:00Z", "I hate my zorblax " + u, "jon_" + u, 1, null),
                post("4", "2033-05-04T09:00:00Z", "#Quuxco is nice " + u, "kim_" + u, 1, null)));
        awaitPipelineIdle();

        JsonNode voice = hub().get("/api/listening/share-of-voice?from=2033-01-01&to=2034-01-01&kind=brand").json();

        JsonNode zorblax = topic(voice, "it-zorblax");
        JsonNode quuxco = topic(voice, "it-quuxco");
        assertThat(voice.path("total").asLong()).isEqualTo(4);
        assertThat(zorblax.path("kind").asText()).isEqualTo("brand");
        assertThat(zorblax.path("volume").asLong()).isEqualTo(3);
        assertThat(zorblax.path("share").asDouble()).isEqualTo(0.75);
        assertThat(zorblax.path("sentiment").path("negative").asLong()).isEqualTo(1);
        assertThat(quuxco.path("kind").asText()).isEqualTo("competitor");
        assertThat(quuxco.path("volume").asLong()).isEqualTo(1);
        assertThat(quuxco.path("share").asDouble()).isEqualTo(0.25);
    }

    @Test
    void ranksAuthorsByVolumeAndReachAndNamesTheProfileIdentityResolutionLinked() {
        String email = "zelda." + u + "@example.com";
        hub().post("/v1/identify", """
                {"userId":"zelda-%s","traits":{"email":"%s","name":"Zelda Known"}}""".formatted(u, email));
        post(List.of(
                post("1", "2034-02-01T09:00:00Z", "zorblax morning " + u, "zelda_" + u, 300, email),
                post("2", "2034-02-02T09:00:00Z", "zorblax noon " + u, "zelda_" + u, 300, email),
                post("3", "2034-02-03T09:00:00Z", "zorblax evening " + u, "zelda_" + u, 310, email),
                post("4", "2034-02-04T09:00:00Z", "zorblax by a star " + u, "star_" + u, 90000, null)));
        awaitPipelineIdle();
        String profileId = hub().get("/api/profiles?q=" + email).json().path("results").get(0).path("id").asText();

        JsonNode byVolume = hub().get("/api/listening/authors?topic=it-zorblax&from=2034-01-01&to=2035-01-01").json();
        JsonNode byReach = hub().get("/api/listening/authors?topic=it-zorblax&from=2034-01-01&to=2035-01-01&sort=reach&size=1").json();

        JsonNode zelda = byVolume.path("authors").get(0);
        assertThat(byVolume.path("authors")).hasSize(2);
        assertThat(zelda.path("handle").asText()).isEqualTo("x:zelda_" + u);
        assertThat(zelda.path("volume").asLong()).isEqualTo(3);
        assertThat(zelda.path("reach").asLong()).isEqualTo(310);
        assertThat(zelda.path("profileId").asText()).isEqualTo(profileId);
        assertThat(zelda.path("profileName").asText()).isIn("Zelda Known", "Name zelda_" + u);
        assertThat(byReach.path("authors")).hasSize(1);
        assertThat(byReach.path("authors").get(0).path("handle").asText()).isEqualTo("x:star_" + u);
        assertThat(byReach.path("authors").get(0).path("reach").asLong()).isEqualTo(90000);
    }

    @Test
    void topicsCreatedThroughTheApiTagNewPostsAndOldOnesOnlyAfterARetag() {
        String name = "it-gizmo-" + u;
        post(List.of(post("old", "2035-04-01T09:00:00Z", "Old news about gizmo" + u, "liz_" + u, 1, null)));
        awaitPipelineIdle();

        HubClient.Answer created = hub().post("/api/listening/topics", """
                {"name":"%s","kind":"campaign","query":"gizmo%s OR #gizmo%s","exclude":["gizmo%s spam"]}"""
                .formatted(name, u, u, u));
        post(List.of(post("new", "2035-04-02T09:00:00Z", "Loving #gizmo" + u, "max_" + u, 1, null)));
        awaitPipelineIdle();
        long beforeRetag = mentions(name);
        HubClient.Answer retag = hub().post("/api/listening/topics/retag?from=2035-01-01", "");
        awaitPipelineIdle();

        assertThat(created.status()).isEqualTo(201);
        assertThat(hub().get("/api/listening/topics/" + name).json().path("source").asText()).isEqualTo("api");
        assertThat(hub().get("/api/listening/topics").json().toString()).contains(name).contains("\"configuration\"");
        assertThat(beforeRetag).isEqualTo(1);
        assertThat(retag.json().path("queued").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(mentions(name)).isEqualTo(2);
    }

    @Test
    void changesAndDeletesApiTopicsButNotConfiguredOnes() {
        String name = "it-crud-" + u;
        String body = "{\"kind\":\"product\",\"query\":\"crud" + u + "\"}";

        HubClient.Answer put = put("/api/listening/topics/" + name, body);
        HubClient.Answer again = put("/api/listening/topics/" + name, body);
        HubClient.Answer duplicate = hub().post("/api/listening/topics", "{\"name\":\"" + name + "\",\"query\":\"x\"}");
        HubClient.Answer configured = put("/api/listening/topics/it-zorblax", body);
        int deleted = delete("/api/listening/topics/" + name);
        int deletedAgain = delete("/api/listening/topics/" + name);

        assertThat(put.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("kind").asText()).isEqualTo("product");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(configured.status()).isEqualTo(400);
        assertThat(configured.json().path("field").asText()).isEqualTo("name");
        assertThat(deleted).isEqualTo(204);
        assertThat(deletedAgain).isEqualTo(404);
        assertThat(hub().get("/api/listening/topics/" + name).status()).isEqualTo(404);
    }

    @Test
    void rejectsBadParametersAndTopicsWithAProblemNamingTheParameter() {
        assertThat(field(hub().get("/api/listening/trends?interval=month"))).isEqualTo("interval");
        assertThat(field(hub().get("/api/listening/trends?interval=hour&from=2020-01-01&to=2026-01-01"))).isEqualTo("interval");
        assertThat(field(hub().get("/api/listening/mentions?sort=popular"))).isEqualTo("sort");
        assertThat(field(hub().get("/api/listening/mentions?from=yesterday"))).isEqualTo("from");
        assertThat(field(hub().get("/api/listening/mentions?from=2030-01-02&to=2030-01-01"))).isEqualTo("from");
        assertThat(field(hub().get("/api/listening/mentions?channel=fax"))).isEqualTo("channel");
        assertThat(field(hub().get("/api/listening/mentions?sentiment=angry"))).isEqualTo("sentiment");
        assertThat(field(hub().get("/api/listening/mentions?size=0"))).isEqualTo("size");
        assertThat(field(hub().get("/api/listening/share-of-voice?kind=planet"))).isEqualTo("kind");
        assertThat(field(hub().get("/api/listening/authors?size=1000"))).isEqualTo("size");
        assertThat(field(hub().post("/api/listening/topics", "{\"name\":\"it-bad-" + u + "\",\"query\":\"(acme\"}")))
                .isEqualTo("query");
        assertThat(field(hub().post("/api/listening/topics", "{\"name\":\"Bad Name!\",\"query\":\"acme\"}")))
                .isEqualTo("name");
        assertThat(field(hub().post("/api/listening/topics", "{\"name\":\"it-k-" + u + "\",\"kind\":\"planet\",\"query\":\"acme\"}")))
                .isEqualTo("kind");
    }

    @Test
    void reportsTheNlpStageBacklogInStatsAndAsAGauge() {
        JsonNode stats = hub().get("/api/admin/stats").json();
        HubClient.Answer gauge = hub().get("/actuator/metrics/hub.pipeline.backlog?tag=stage:analyse");

        assertThat(stats.path("backlog").has("analyse")).isTrue();
        assertThat(gauge.status()).isEqualTo(200);
        assertThat(gauge.json().path("measurements").get(0).path("value").isNumber()).isTrue();
    }

    private long mentions(String topic) {
        return hub().get("/api/listening/mentions?topic=" + topic + "&from=2035-01-01&to=2036-01-01").json()
                .path("total").asLong();
    }

    private static String field(HubClient.Answer answer) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).contains("problem+json");
        return answer.json().path("field").asText();
    }

    private static List<String> handles(JsonNode page) {
        return StreamSupport.stream(page.path("mentions").spliterator(), false)
                .map(m -> m.path("author").path("handle").asText()).toList();
    }

    private static JsonNode topic(JsonNode voice, String name) {
        return StreamSupport.stream(voice.path("topics").spliterator(), false)
                .filter(t -> t.path("topic").asText().equals(name)).findFirst().orElseThrow();
    }

    private String post(String id, String at, String text, String handle, long followers, String email) {
        String user = "{\"screen_name\":\"%s\",\"name\":\"Name %s\",\"followers_count\":%d%s}".formatted(handle, handle,
                followers, email == null ? "" : ",\"email\":\"" + email + "\"");
        return "{\"id\":\"%s-%s\",\"created_at\":\"%s\",\"text\":%s,\"user\":%s}".formatted(u, id, at, quote(text), user);
    }

    private void post(List<String> posts) {
        String body = "{\"posts\":[" + String.join(",", new ArrayList<>(posts)) + "]}";
        String signature = new WebhookSignature("HmacSHA256", "it-listening-secret", WebhookSignature.Encoding.BASE64, "")
                .header(body.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/webhooks/channels/listening-posts"))
                .header("Content-Type", "application/json").header("X-Posts-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private HubClient.Answer put(String path, String body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        return new HubClient.Answer(response.statusCode(), readTree(response.body()), response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    private int delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE()).statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readTree(String body) {
        try {
            return body.isEmpty() ? null : JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
