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

class ProfileUnmergeIT extends HubIntegrationTest {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private List<String> find(String q) {
        HubClient.Answer answer = hub().get("/api/profiles?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().path("results").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }

    private JsonNode view(String id) {
        HubClient.Answer answer = hub().get("/api/profiles/" + id);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private List<String> operations(String id) {
        List<String> operations = new ArrayList<>();
        hub().get("/api/profiles/" + id + "/merges").json().path("merges")
                .forEach(m -> operations.add(m.path("operation").asText()));
        return operations;
    }

    /** Ana and Bob identified apart, then a track of Ana's device carrying Bob's e-mail merged them. */
    private record Pair(String u, String ana, String bob) {
    }

    private Pair anaAndBobMergedByATrack() {
        String u = unique();
        hub().post("/v1/identify", """
                {"anonymousId":"ana-dev-%1$s","traits":{"name":"Ana Lima","email":"ana-%1$s@example.com"}}""".formatted(u));
        awaitPipelineIdle();
        hub().post("/v1/identify", """
                {"anonymousId":"bob-dev-%1$s","traits":{"name":"Bob Reis","email":"bob-%1$s@example.com"}}""".formatted(u));
        awaitPipelineIdle();
        String ana = find("ana-" + u + "@example.com").get(0);
        String bob = find("bob-" + u + "@example.com").get(0);
        assertThat(ana).isNotEqualTo(bob);
        hub().post("/v1/track", """
                {"anonymousId":"ana-dev-%1$s","event":"Order Completed","context":{"traits":{"email":"bob-%1$s@example.com"}}}"""
                .formatted(u));
        awaitPipelineIdle();
        assertThat(view(bob).path("id").asText()).isEqualTo(ana);
        return new Pair(u, ana, bob);
    }

    @Test
    void unmergeSplitsAProfileIntoItsPartsEachWithItsOwnTimelineAndBothSeeTheAudit() {
        Pair p = anaAndBobMergedByATrack();

        HubClient.Answer answer = hub().post("/api/profiles/" + p.ana() + "/unmerge", "{\"note\":\"two people\"}");
        awaitPipelineIdle();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("id").asText()).isEqualTo(p.ana());
        assertThat(answer.json().path("parts").get(0).asText()).isEqualTo(p.bob());
        JsonNode ana = view(p.ana());
        JsonNode bob = view(p.bob());
        assertThat(bob.path("id").asText()).isEqualTo(p.bob());
        assertThat(bob.path("timeline")).hasSize(1);
        assertThat(bob.path("timeline").get(0).path("type").asText()).isEqualTo("identify");
        // the track that linked them was first resolved to Ana's profile (the survivor): it stays there
        assertThat(ana.path("timeline")).hasSize(2);
        assertThat(ana.path("timeline").get(0).path("type").asText()).isEqualTo("track");
        assertThat(find("ana-" + p.u() + "@example.com")).containsExactly(p.ana());
        assertThat(find("bob-dev-" + p.u())).containsExactly(p.bob());
        assertThat(operations(p.ana())).containsExactly("merge", "unmerge");
        assertThat(operations(p.bob())).containsExactly("merge", "unmerge");
    }

    @Test
    void aLaterTouchpointLinkingTheSplitPartsDoesNotMergeThemButAManualMergeDoes() {
        Pair p = anaAndBobMergedByATrack();
        hub().post("/api/profiles/" + p.bob() + "/unmerge", "");
        awaitPipelineIdle();

        hub().post("/v1/track", """
                {"anonymousId":"ana-dev-%1$s","event":"Cart Viewed","context":{"traits":{"email":"bob-%1$s@example.com"}}}"""
                .formatted(p.u()));
        awaitPipelineIdle();
        HubClient.Answer refused = hub().post("/api/profiles/" + p.ana() + "/merge",
                "{\"profileId\":\"" + p.bob() + "\"}");
        HubClient.Answer forced = hub().post("/api/profiles/" + p.ana() + "/merge",
                "{\"profileId\":\"" + p.bob() + "\",\"force\":true,\"note\":\"same household account\"}");
        awaitPipelineIdle();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("reason").asText()).isEqualTo("kept_apart");
        assertThat(forced.status()).isEqualTo(200);
        assertThat(forced.json().path("id").asText()).isEqualTo(p.ana());
        JsonNode merged = view(p.bob());
        assertThat(merged.path("id").asText()).isEqualTo(p.ana());
        assertThat(merged.path("timeline")).hasSize(4);
        assertThat(find("bob-dev-" + p.u())).containsExactly(p.ana());
        assertThat(operations(p.ana())).containsExactly("merge", "unmerge", "merge");
    }

    @Test
    void answersUnknownIdsLoneProfilesAndMissingFieldsWithProblemDetails() {
        String u = unique();
        hub().post("/v1/identify", """
                {"anonymousId":"lone-%s"}""".formatted(u));
        awaitPipelineIdle();
        String lone = find("lone-" + u).get(0);

        HubClient.Answer unknown = hub().post("/api/profiles/" + UUID.randomUUID() + "/unmerge", "");
        HubClient.Answer nothing = hub().post("/api/profiles/" + lone + "/unmerge", "");
        HubClient.Answer notAPart = hub().post("/api/profiles/" + lone + "/unmerge",
                "{\"profileIds\":[\"" + UUID.randomUUID() + "\"]}");
        HubClient.Answer noOther = hub().post("/api/profiles/" + lone + "/merge", "{}");
        HubClient.Answer self = hub().post("/api/profiles/" + lone + "/merge", "{\"profileId\":\"" + lone + "\"}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).contains("problem+json");
        assertThat(nothing.status()).isEqualTo(409);
        assertThat(nothing.json().path("reason").asText()).isEqualTo("nothing_to_unmerge");
        assertThat(notAPart.status()).isEqualTo(409);
        assertThat(noOther.status()).isEqualTo(400);
        assertThat(noOther.json().path("field").asText()).isEqualTo("profileId");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().path("reason").asText()).isEqualTo("already_one_profile");
    }
}
