package io.touchpointhub.routes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.routes.support.HubClient;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdentityReviewIT extends HubIntegrationTest {

    private static final Random RANDOM = new Random();

    /** Letters only, so that a name stays a name after normalisation; unique per test across the shared context. */
    private static String letters() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            out.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return out.toString();
    }

    private void identify(String anonymousId, String traits) {
        HubClient.Answer answer = hub().post("/v1/identify", """
                {"anonymousId":"%s","traits":%s}""".formatted(anonymousId, traits));
        assertThat(answer.status()).isEqualTo(200);
    }

    private String profileIdOf(String email) {
        List<String> ids = profileIdsOf(email);
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private List<String> profileIdsOf(String email) {
        List<String> ids = new ArrayList<>();
        hub().get("/api/profiles?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).json().path("results")
                .forEach(result -> ids.add(result.path("id").asText()));
        return ids;
    }

    private List<JsonNode> merges(String profileId) {
        List<JsonNode> merges = new ArrayList<>();
        hub().get("/api/profiles/" + profileId + "/merges").json().path("merges").forEach(merges::add);
        return merges;
    }

    /** The open review item between the two profiles, or null. */
    private JsonNode openReview(String first, String second) {
        return firstReview("open", item -> {
            List<String> ids = new ArrayList<>();
            item.path("profiles").forEach(p -> ids.add(p.path("id").asText()));
            return ids.contains(first) && ids.contains(second);
        });
    }

    @Test
    void mergesJonAndJohnSmithIntoOneProfileWithProbabilisticEvidence() {
        String surname = "Smith" + letters();
        String u = letters();
        identify("anon-jon-" + u, """
                {"name":"Jon %s","address":{"street":"12 High St","city":"London"},"birthday":"1980-03-04",
                 "email":"jon.%s@a.example"}""".formatted(surname, u));
        awaitPipelineIdle();
        identify("anon-john-" + u, """
                {"name":"John %s","address":{"street":"12 High Street","city":"London"},"birthday":"1980-03-04",
                 "email":"j.smith.%s@b.example"}""".formatted(surname, u));

        awaitPipelineIdle();

        String profile = profileIdOf("jon." + u + "@a.example");
        assertThat(profileIdOf("j.smith." + u + "@b.example")).isEqualTo(profile);
        assertThat(merges(profile)).singleElement().satisfies(merge -> {
            assertThat(merge.path("rule").asText()).isEqualTo("probabilistic");
            assertThat(merge.path("evidence").path("weight").asDouble()).isGreaterThanOrEqualTo(24);
            List<String> fields = new ArrayList<>();
            merge.path("evidence").path("fields").forEach(f -> fields.add(f.path("field").asText()));
            assertThat(fields).contains("first_name", "last_name", "street", "city", "date_of_birth");
        });
    }

    @Test
    void aRejectedPairIsNeverMergedByALaterStrongMatchOrASharedEmailAndCannotBeDecidedTwice() {
        String surname = "Doe" + letters();
        String u = letters();
        identify("anon-a-" + u, """
                {"name":"Jane %s","city":"London","email":"jane.%s@a.example"}""".formatted(surname, u));
        identify("anon-b-" + u, """
                {"name":"Jane %s","city":"London","email":"jd.%s@b.example"}""".formatted(surname, u));
        awaitPipelineIdle();
        String first = profileIdOf("jane." + u + "@a.example");
        String second = profileIdOf("jd." + u + "@b.example");
        JsonNode review = openReview(first, second);
        assertThat(review).isNotNull();
        assertThat(review.path("weight").asDouble()).isBetween(14.0, 24.0);

        HubClient.Answer rejected = hub().post("/api/identity/reviews/" + review.path("id").asLong() + "/reject",
                "{\"by\":\"ops\",\"note\":\"two people\"}");
        HubClient.Answer again = hub().post("/api/identity/reviews/" + review.path("id").asLong() + "/accept", "");
        identify("anon-a-" + u, """
                {"name":"Jane %s","birthday":"1975-11-02","address":{"street":"3 Mill Lane","city":"London"}}"""
                .formatted(surname));
        identify("anon-b-" + u, """
                {"name":"Jane %s","birthday":"1975-11-02","address":{"street":"3 Mill Ln","city":"London"}}"""
                .formatted(surname));
        // one message carrying both e-mails: a shared identifier, which must not merge them either
        hub().post("/v1/identify", """
                {"anonymousId":"anon-both-%1$s","traits":{"email":"jane.%1$s@a.example"},
                 "context":{"traits":{"email":"jd.%1$s@b.example"}}}""".formatted(u));
        awaitPipelineIdle();

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).contains("application/problem+json");
        // the shared e-mail is now held by both profiles, which stay apart
        assertThat(profileIdsOf("jane." + u + "@a.example")).containsExactlyInAnyOrder(first, second);
        assertThat(profileIdOf("jd." + u + "@b.example")).isEqualTo(second);
        assertThat(merges(first)).isEmpty();
        assertThat(openReview(first, second)).isNull();
    }

    @Test
    void anAcceptedPairBecomesOneProfileWithTheReviewedWeights() {
        String surname = "Roe" + letters();
        String u = letters();
        identify("anon-c-" + u, """
                {"firstName":"Maria","lastName":"%s","city":"Leeds","email":"maria.%s@a.example"}""".formatted(surname, u));
        identify("anon-d-" + u, """
                {"name":"Maria %s","address":{"city":"Leeds"},"email":"m.%s@b.example"}""".formatted(surname, u));
        awaitPipelineIdle();
        JsonNode review = openReview(profileIdOf("maria." + u + "@a.example"), profileIdOf("m." + u + "@b.example"));
        assertThat(review).isNotNull();
        assertThat(review.path("fields").toString()).contains("last_name");

        HubClient.Answer accepted = hub().post("/api/identity/reviews/" + review.path("id").asLong() + "/accept",
                "{\"by\":\"ops\"}");
        awaitPipelineIdle();

        assertThat(accepted.status()).isEqualTo(200);
        String profile = profileIdOf("maria." + u + "@a.example");
        assertThat(accepted.json().path("profileId").asText()).isEqualTo(profile);
        assertThat(profileIdOf("m." + u + "@b.example")).isEqualTo(profile);
        assertThat(merges(profile)).singleElement().satisfies(merge -> {
            assertThat(merge.path("rule").asText()).isEqualTo("review");
            assertThat(merge.path("evidence").path("fields")).isNotEmpty();
        });
    }

    /** The item with this id among the items of this status, or null. */
    private JsonNode review(String status, long id) {
        return firstReview(status, item -> item.path("id").asLong() == id);
    }

    /** The first item of this status (paging through up to 2,000) that the test accepts, or null. */
    private JsonNode firstReview(String status, Predicate<JsonNode> wanted) {
        for (int page = 0; page < 20; page++) {
            JsonNode items = hub().get("/api/identity/reviews?status=" + status + "&size=100&page=" + page).json()
                    .path("items");
            for (JsonNode item : items) {
                if (wanted.test(item)) {
                    return item;
                }
            }
            if (items.size() < 100) {
                return null;
            }
        }
        return null;
    }

    @Test
    void aPairThatASharedEmailMergedIsClosedAsAlreadyOneProfileAndRejectingItIsAConflict() {
        String surname = "Poe" + letters();
        String u = letters();
        identify("anon-e-" + u, """
                {"name":"Anna %s","city":"York","email":"anna.%s@a.example"}""".formatted(surname, u));
        identify("anon-f-" + u, """
                {"name":"Anna %s","city":"York","email":"ap.%s@b.example"}""".formatted(surname, u));
        awaitPipelineIdle();
        JsonNode review = openReview(profileIdOf("anna." + u + "@a.example"), profileIdOf("ap." + u + "@b.example"));
        assertThat(review).isNotNull();
        long id = review.path("id").asLong();

        hub().post("/v1/identify", """
                {"anonymousId":"anon-both-%1$s","traits":{"email":"anna.%1$s@a.example"},
                 "context":{"traits":{"email":"ap.%1$s@b.example"}}}""".formatted(u));
        awaitPipelineIdle();

        String profile = profileIdOf("anna." + u + "@a.example");
        assertThat(profileIdOf("ap." + u + "@b.example")).isEqualTo(profile);
        assertThat(review("open", id)).isNull();
        JsonNode closed = review("accepted", id);
        assertThat(closed).isNotNull();
        assertThat(closed.path("resolution").asText()).isEqualTo("merged");
        assertThat(closed.path("decidedBy").asText()).isEqualTo("hub:rule");
        assertThat(closed.path("note").asText()).contains("already one profile " + profile);
        closed.path("profiles").forEach(side -> assertThat(side.path("id").asText()).isEqualTo(profile));
        assertThat(hub().post("/api/identity/reviews/" + id + "/reject", "").status()).isEqualTo(409);
    }

    @Test
    void decidingAnUnknownReviewIsNotFound() {
        HubClient.Answer answer = hub().post("/api/identity/reviews/987654321/accept", "");

        assertThat(answer.status()).isEqualTo(404);
    }
}
