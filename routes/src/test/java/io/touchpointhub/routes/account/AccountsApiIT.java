package io.touchpointhub.routes.account;

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

class AccountsApiIT extends HubIntegrationTest {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode profileByQuery(String q) {
        HubClient.Answer found = hub().get("/api/profiles?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("results")).hasSize(1);
        return hub().get("/api/profiles/" + found.json().path("results").get(0).path("id").asText()).json();
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path("id").asText()));
        return ids;
    }

    @Test
    void colleaguesWithACompanyDomainShareOneAccountAndTheGmailUserHasNone() {
        String u = unique();
        String domain = "acme-" + u + ".example";
        hub().post("/v1/identify", """
                {"userId":"ana-%1$s","traits":{"name":"Ana Lima","email":"ana@%2$s"}}""".formatted(u, domain));
        hub().post("/v1/identify", """
                {"userId":"bo-%1$s","traits":{"name":"Bo Chen","email":"Bo.Chen@eu.%2$s"}}""".formatted(u, domain));
        hub().post("/v1/track", """
                {"userId":"bo-%s","event":"Demo Requested","timestamp":"2030-01-01T10:00:00Z"}""".formatted(u));
        hub().post("/v1/identify", """
                {"userId":"cy-%1$s","traits":{"name":"Cy Gmail","email":"cy.%1$s@gmail.com"}}""".formatted(u));

        awaitPipelineIdle();
        JsonNode ana = profileByQuery("ana@" + domain);
        JsonNode bo = profileByQuery("bo.chen@eu." + domain);
        JsonNode cy = profileByQuery("cy." + u + "@gmail.com");

        String accountId = ana.path("account").path("id").asText();
        assertThat(accountId).isNotBlank();
        assertThat(bo.path("account").path("id").asText()).isEqualTo(accountId);
        assertThat(ana.path("account").path("name").asText()).isEqualTo(domain);
        assertThat(cy.path("account").isMissingNode() || cy.path("account").isNull()).isTrue();

        HubClient.Answer account = hub().get("/api/accounts/" + accountId + "?size=2");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.json().path("domains").get(0).asText()).isEqualTo(domain);
        assertThat(ids(account.json().path("people")))
                .containsExactlyInAnyOrder(ana.path("id").asText(), bo.path("id").asText());
        assertThat(account.json().path("people").toString()).contains("Ana Lima", "Bo Chen");
        assertThat(account.json().path("touchpointsPage").path("total").asLong()).isEqualTo(3);
        assertThat(account.json().path("touchpoints")).hasSize(2);
        assertThat(account.json().path("touchpoints").get(0).path("name").asText()).isEqualTo("Demo Requested");
        JsonNode secondPage = hub().get("/api/accounts/" + accountId + "?page=1&size=2").json();
        assertThat(secondPage.path("touchpoints")).hasSize(1);
    }

    @Test
    void aGmailUserWhoseCompanyTraitMatchesJoinsTheAccount() {
        String u = unique();
        hub().post("/v1/identify", """
                {"userId":"dee-%1$s","traits":{"email":"dee@globex-%1$s.example","company":{"name":"Globex %1$s Ltd"}}}"""
                .formatted(u));
        hub().post("/v1/identify", """
                {"userId":"eve-%1$s","traits":{"email":"eve.%1$s@gmail.com","company":"GLOBEX %1$s, Inc."}}"""
                .formatted(u));

        awaitPipelineIdle();
        JsonNode dee = profileByQuery("dee@globex-" + u + ".example");
        JsonNode eve = profileByQuery("eve." + u + "@gmail.com");

        assertThat(eve.path("account").path("id").asText()).isEqualTo(dee.path("account").path("id").asText())
                .isNotBlank();
        assertThat(eve.path("account").path("name").asText()).isEqualTo("Globex " + u + " Ltd");
    }

    @Test
    void aGroupCallLinksItsUserToTheGroupsAccount() {
        String u = unique();
        hub().post("/v1/identify", """
                {"userId":"fay-%1$s","traits":{"email":"fay.%1$s@outlook.com"}}""".formatted(u));
        hub().post("/v1/group", """
                {"userId":"fay-%1$s","groupId":"grp-%1$s","traits":{"name":"Initech %1$s","website":"https://www.initech-%1$s.example","plan":"enterprise"}}"""
                .formatted(u));

        awaitPipelineIdle();
        JsonNode fay = profileByQuery("fay." + u + "@outlook.com");
        String accountId = fay.path("account").path("id").asText();
        JsonNode account = hub().get("/api/accounts/" + accountId).json();

        assertThat(fay.path("account").path("name").asText()).isEqualTo("Initech " + u);
        assertThat(account.path("groupIds").get(0).asText()).isEqualTo("grp-" + u);
        assertThat(account.path("domains").get(0).asText()).isEqualTo("initech-" + u + ".example");
        assertThat(ids(account.path("people"))).containsExactly(fay.path("id").asText());
        assertThat(ids(hub().get("/api/accounts?q=initech-" + u + ".example").json().path("results")))
                .containsExactly(accountId);
        assertThat(ids(hub().get("/api/accounts?q=Initech%20" + u).json().path("results"))).containsExactly(accountId);
    }

    @Test
    void anUnknownAccountIsA404ProblemDetail() {
        HubClient.Answer answer = hub().get("/api/accounts/" + UUID.randomUUID());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).contains("application/problem+json");
        assertThat(hub().get("/api/accounts?q=%20").status()).isEqualTo(400);
    }
}
