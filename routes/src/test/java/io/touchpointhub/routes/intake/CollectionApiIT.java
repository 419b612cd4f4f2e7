package io.touchpointhub.routes.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.routes.support.HubClient;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

class CollectionApiIT extends HubIntegrationTest {

    @Autowired
    TouchpointLog touchpointLog;

    private static String identify(String messageId, String userId, String email) {
        return """
                {"messageId":"%s","userId":"%s","traits":{"name":"Peter Gibbons","email":"%s","plan":"premium"},
                 "context":{"ip":"8.8.8.8","userAgent":"Mozilla/5.0"},"timestamp":"2026-11-01T10:15:00.000Z"}
                """.formatted(messageId, userId, email);
    }

    @Test
    void acceptsIdentifyAndStoresItBeforeAnswering() {
        String messageId = UUID.randomUUID().toString();
        long before = touchpointLog.count();

        HubClient.Answer answer = hub().post("/v1/identify", identify(messageId, "u-" + messageId, "peter@initech.example"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("success").asBoolean()).isTrue();
        assertThat(touchpointLog.count()).isEqualTo(before + 1);
    }

    @Test
    void storesAReplayedMessageOnce() {
        String body = identify(UUID.randomUUID().toString(), "u-replay", "replay@initech.example");
        long before = touchpointLog.count();

        HubClient.Answer first = hub().post("/v1/identify", body);
        HubClient.Answer second = hub().post("/v1/identify", body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(touchpointLog.count()).isEqualTo(before + 1);
    }

    @Test
    void acceptsAnalyticsJsShortPaths() {
        String body = """
                {"messageId":"%s","anonymousId":"anon-short","event":"Signed Up","properties":{"plan":"Pro"}}
                """.formatted(UUID.randomUUID());

        assertThat(hub().post("/v1/t", body).status()).isEqualTo(200);
    }

    @Test
    void answers401WithoutAValidWriteKey() {
        String body = identify(UUID.randomUUID().toString(), "u1", "a@b.example");

        HubClient.Answer none = hub().postWithAuthorization("/v1/identify", body, null);
        HubClient.Answer wrong = hub().postWithAuthorization("/v1/identify", body, HubClient.basic("not-a-key"));

        assertThat(none.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).contains("application/problem+json");
    }

    @Test
    void acceptsTheWriteKeyOfAnotherSourceAsThatSource() {
        HubClient app = new HubClient(port, OTHER_WRITE_KEY);

        assertThat(app.post("/v1/page", """
                {"anonymousId":"anon-app","name":"Home","properties":{"url":"https://example.com"}}
                """).status()).isEqualTo(200);
    }

    @Test
    void rejectsMalformedJsonWithProblemDetailNamingTheBody() {
        HubClient.Answer answer = hub().post("/v1/track", "{\"userId\": \"u1\", \"event\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).contains("application/problem+json");
        assertThat(answer.json().path("field").asText()).isEqualTo("body");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void rejectsMessageWithoutUserIdOrAnonymousId() {
        HubClient.Answer answer = hub().post("/v1/track", "{\"event\":\"Order Completed\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("field").asText()).isEqualTo("userId/anonymousId");
        assertThat(answer.json().path("rule").asText()).isNotBlank();
    }

    @Test
    void rejectsTimestampThatDoesNotParse() {
        HubClient.Answer answer = hub().post("/v1/track",
                "{\"userId\":\"u1\",\"event\":\"Clicked\",\"timestamp\":\"yesterday at noon\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("field").asText()).isEqualTo("timestamp");
    }

    @Test
    void rejectsEventOver32Kilobytes() {
        String big = "x".repeat(33 * 1024);

        HubClient.Answer answer = hub().post("/v1/track",
                "{\"userId\":\"u1\",\"event\":\"Big\",\"properties\":{\"blob\":\"" + big + "\"}}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("rule").asText()).contains("32");
    }

    @Test
    void rejectsBatchOver500Kilobytes() {
        String message = "{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"E\",\"properties\":{\"p\":\"" + "y".repeat(20_000) + "\"}}";
        String batch = "{\"batch\":[" + String.join(",", java.util.Collections.nCopies(30, message)) + "]}";

        HubClient.Answer answer = hub().post("/v1/batch", batch);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("rule").asText()).contains("500");
    }

    @Test
    void keepsValidBatchMessagesAndListsRejectedOnes() {
        long before = touchpointLog.count();
        String batch = """
                {"batch":[
                  {"type":"identify","messageId":"%s","userId":"batch-u1","traits":{"email":"batch1@example.com"}},
                  {"type":"teleport","messageId":"m-bad-type","userId":"batch-u1"},
                  {"type":"track","messageId":"%s","userId":"batch-u1","event":"Viewed"},
                  {"type":"track","messageId":"m-no-id","event":"Viewed"}
                ]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID());

        HubClient.Answer answer = hub().post("/v1/batch", batch);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(2);
        assertThat(answer.json().path("rejected")).hasSize(2);
        assertThat(answer.json().path("rejected").get(0).path("field").asText()).isEqualTo("batch[1].type");
        assertThat(answer.json().path("rejected").get(1).path("index").asInt()).isEqualTo(3);
        assertThat(touchpointLog.count()).isEqualTo(before + 2);
    }

    @Test
    void rejectsBatchWhoseEveryMessageIsInvalidWithProblemDetail() {
        HubClient.Answer answer = hub().post("/v1/batch", "{\"batch\":[{\"type\":\"nope\",\"userId\":\"u\"}]}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("field").asText()).isEqualTo("batch[0].type");
        assertThat(answer.json().path("rejected")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "null", "[]", "[1,2]", "42", "\"text\"", "{", "}{", "{\"userId\":}", "\u0000\u0001\u0002",
            "{\"userId\":[1,2],\"event\":\"x\"}", "{\"userId\":{\"a\":1},\"event\":\"x\"}",
            "{\"userId\":\"u\",\"event\":\"x\",\"properties\":\"not an object\"}",
            "{\"userId\":\"u\",\"event\":\"x\",\"timestamp\":12345}",
            "{\"userId\":\"u\",\"event\":\"x\",\"context\":{\"externalIds\":\"oops\"}}",
            "{\"userId\":\"u\",\"event\":\"x\",\"sentAt\":\"not a date\"}",
            "{\"userId\":\"u\",\"event\":\"x\",\"messageId\":\"\"}",
            "{\"type\":\"identify\",\"userId\":\"u\",\"event\":\"x\"}"})
    void answersMalformedInputWithA4xxProblemNeverA500(String body) {
        HubClient.Answer single = hub().post("/v1/track", body);
        HubClient.Answer batch = hub().post("/v1/batch", "{\"batch\":[" + body + "]}");

        assertThat(single.status()).as("single: %s", body).isBetween(400, 499);
        assertThat(single.contentType()).contains("application/problem+json");
        assertThat(batch.status()).as("batch: %s", body).isIn(200, 400);
        assertThat(batch.body()).doesNotContain("Exception");
    }

    @Test
    void answersBrowserPreflightsOnTheCollectionApiOnly() throws Exception {
        HttpResponse<String> intake = preflight("/v1/batch");
        HttpResponse<String> admin = preflight("/api/admin/reindex");

        assertThat(intake.statusCode()).isEqualTo(200);
        assertThat(intake.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example.com");
        assertThat(admin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflight(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://shop.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
