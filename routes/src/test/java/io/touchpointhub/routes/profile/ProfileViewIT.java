package io.touchpointhub.routes.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.routes.support.HubClient;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileViewIT extends HubIntegrationTest {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode find(String q) {
        HubClient.Answer answer = hub().get("/api/profiles?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().path("results");
    }

    private static List<String> values(JsonNode identifiers, String type) {
        List<String> values = new ArrayList<>();
        identifiers.forEach(i -> {
            if (type.equals(i.path("type").asText())) {
                values.add(i.path("value").asText());
            }
        });
        return values;
    }

    @Test
    void identifyAndTrackEndInOneProfileWithBothTouchpoints() {
        String u = unique();
        hub().post("/v1/identify", """
                {"userId":"user-%1$s","traits":{"name":"Ana Lima","email":"Ana.%1$s@Example.com"}}""".formatted(u));
        hub().post("/v1/track", """
                {"userId":"user-%s","event":"Order Completed","properties":{"revenue":42.5}}""".formatted(u));

        awaitPipelineIdle();
        JsonNode results = find("  ana." + u + "@EXAMPLE.com ");
        assertThat(results).hasSize(1);
        JsonNode view = hub().get("/api/profiles/" + results.get(0).path("id").asText()).json();

        assertThat(values(view.path("identifiers"), "email")).containsExactly("ana." + u + "@example.com");
        assertThat(values(view.path("identifiers"), "user_id")).containsExactly("user-" + u);
        assertThat(view.path("timeline")).hasSize(2);
        assertThat(view.path("timeline").get(0).path("type").asText()).isEqualTo("track");
    }

    @Test
    void findsAProfileByAPhoneTypedAnotherWay() {
        String anon = "anon-" + unique();
        hub().post("/v1/identify", """
                {"anonymousId":"%s","traits":{"phone":"020 7946 0%s"}}""".formatted(anon, "958"));

        awaitPipelineIdle();

        assertThat(find("+44 20 7946 0958")).isNotEmpty();
        assertThat(values(find("+44 20 7946 0958").get(0).path("identifiers"), "anonymous_id")).contains(anon);
    }

    @Test
    void findsAProfileByNameWithOneTypo() {
        String u = unique();
        hub().post("/v1/identify", """
                {"userId":"typo-%s","traits":{"firstName":"Bartholomew","lastName":"Quistgaard"}}""".formatted(u));

        awaitPipelineIdle();

        assertThat(find("Bartholomew Quistgard")).isNotEmpty();
        assertThat(find("Bartholomew Quistgard").get(0).path("names").toString()).contains("Quistgaard");
    }

    @Test
    void mergesTwoProfilesLinkedByATouchpointAndOldIdAnswersWithSurvivor() {
        String u = unique();
        hub().post("/v1/page", """
                {"anonymousId":"dev-%s","name":"Pricing"}""".formatted(u));
        hub().post("/v1/identify", """
                {"userId":"crm-%s","traits":{"email":"merge-%s@example.com"}}""".formatted(u, u));
        awaitPipelineIdle();
        String anonymousProfile = find("dev-" + u).get(0).path("id").asText();
        String knownProfile = find("merge-" + u + "@example.com").get(0).path("id").asText();
        assertThat(anonymousProfile).isNotEqualTo(knownProfile);

        hub().post("/v1/identify", """
                {"userId":"crm-%s","anonymousId":"dev-%s"}""".formatted(u, u));
        awaitPipelineIdle();

        JsonNode survivor = find("merge-" + u + "@example.com");
        assertThat(survivor).hasSize(1);
        String survivorId = survivor.get(0).path("id").asText();
        String mergedId = survivorId.equals(anonymousProfile) ? knownProfile : anonymousProfile;
        JsonNode viaOldId = hub().get("/api/profiles/" + mergedId).json();
        assertThat(viaOldId.path("id").asText()).isEqualTo(survivorId);
        assertThat(viaOldId.path("timeline")).hasSize(3);
        JsonNode merges = hub().get("/api/profiles/" + survivorId + "/merges").json().path("merges");
        assertThat(merges).hasSize(1);
        assertThat(merges.toString()).contains(mergedId);
    }

    @Test
    void pagesTheTimelineNewestFirst() {
        String u = unique();
        StringBuilder batch = new StringBuilder("{\"batch\":[");
        for (int i = 0; i < 7; i++) {
            batch.append(i == 0 ? "" : ",").append("""
                    {"type":"track","userId":"pager-%s","event":"Step %d","timestamp":"2026-01-0%dT10:00:00Z"}"""
                    .formatted(u, i, i + 1));
        }
        hub().post("/v1/batch", batch.append("]}").toString());
        awaitPipelineIdle();
        String id = find("pager-" + u).get(0).path("id").asText();

        JsonNode first = hub().get("/api/profiles/" + id + "?page=0&size=3").json();
        JsonNode third = hub().get("/api/profiles/" + id + "?page=2&size=3").json();

        assertThat(first.path("timeline")).hasSize(3);
        assertThat(first.path("timeline").get(0).path("name").asText()).isEqualTo("Step 6");
        assertThat(first.path("timelinePage").path("total").asInt()).isEqualTo(7);
        assertThat(third.path("timeline")).hasSize(1);
        assertThat(third.path("timeline").get(0).path("name").asText()).isEqualTo("Step 0");
    }

    @Test
    void answersBadIdsAndPageSizesWithProblemDetails() {
        HubClient.Answer notUuid = hub().get("/api/profiles/not-a-uuid");
        HubClient.Answer unknown = hub().get("/api/profiles/" + UUID.randomUUID());
        HubClient.Answer tooBig = hub().get("/api/profiles/" + UUID.randomUUID() + "?size=501");
        HubClient.Answer blank = hub().get("/api/profiles?q=%20");

        assertThat(notUuid.status()).isEqualTo(400);
        assertThat(notUuid.json().path("field").asText()).isEqualTo("id");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().path("field").asText()).isEqualTo("size");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("field").asText()).isEqualTo("q");
    }
}
