package io.touchpointhub.routes.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.routes.support.HubClient;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The golden record in the 360° view: names by source priority (application.yml's defaults: CRM imports
 * first), titles the most recent, and "tier" by the source priority of application-it.yml.
 */
class GoldenRecordViewIT extends HubIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Letters only: one search token, so a name search finds this test's profile and few others. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("Q");
        UUID.randomUUID().toString().replace("-", "").chars().limit(10)
                .forEach(c -> word.append((char) ('a' + Character.digit(c, 16))));
        return word.toString();
    }

    @Test
    void showsTheNameFromTheCrmImportOverTheWebSpellingWithItsSourceAndFindsBoth() {
        String surname = uniqueWord();
        String email = surname.toLowerCase() + "@example.com";
        identify(hub(), email, "\"name\":\"Jon " + surname + "\"", "2026-11-20T10:00:00Z");
        importCrmRow("John", surname, email);

        awaitPipelineIdle();
        JsonNode name = view(email).path("attributes").path("name");

        assertThat(name.path("value").asText()).isEqualTo("John " + surname);
        assertThat(name.path("source").asText()).isEqualTo("import:legacy-crm");
        assertThat(name.path("rule").asText()).isEqualTo("source-priority");
        assertThat(name.path("updatedAt").asText()).isEqualTo("2024-03-01T09:30:00Z");
        assertThat(name.path("alternatives")).singleElement().satisfies(alt -> {
            assertThat(alt.path("value").asText()).isEqualTo("Jon " + surname);
            assertThat(alt.path("source").asText()).isEqualTo("web:shop");
        });
        String id = view(email).path("id").asText();
        assertThat(ids(find("John " + surname))).contains(id);
        assertThat(ids(find("Jon " + surname))).contains(id);
        assertThat(find("John " + surname).get(0).path("names").get(0).asText()).isEqualTo("John " + surname);
    }

    @Test
    void aMostRecentAttributeFlipsWhenANewerValueArrives() {
        String email = uniqueWord().toLowerCase() + "@example.com";
        identify(hub(), email, "\"title\":\"Buyer\"", "2026-11-20T10:00:00Z");
        awaitPipelineIdle();
        JsonNode before = view(email).path("attributes").path("title");

        identify(hub(), email, "\"title\":\"Head of Buying\"", "2026-11-21T10:00:00Z");
        awaitPipelineIdle();
        JsonNode after = view(email).path("attributes").path("title");

        assertThat(before.path("value").asText()).isEqualTo("Buyer");
        assertThat(after.path("value").asText()).isEqualTo("Head of Buying");
        assertThat(after.path("rule").asText()).isEqualTo("most-recent");
        assertThat(after.path("updatedAt").asText()).isEqualTo("2026-11-21T10:00:00Z");
        assertThat(after.path("alternatives").get(0).path("value").asText()).isEqualTo("Buyer");
    }

    @Test
    void aConfiguredSourcePriorityKeepsTheTrustedSourcesValueAgainstANewerOne() {
        String email = uniqueWord().toLowerCase() + "@example.com";
        identify(new HubClient(port, OTHER_WRITE_KEY), email, "\"tier\":\"gold\"", "2026-11-20T10:00:00Z");
        identify(hub(), email, "\"tier\":\"bronze\"", "2026-11-21T10:00:00Z");

        awaitPipelineIdle();
        JsonNode tier = view(email).path("attributes").path("tier");

        assertThat(tier.path("value").asText()).isEqualTo("gold");
        assertThat(tier.path("source").asText()).isEqualTo("web:app");
        assertThat(tier.path("rule").asText()).isEqualTo("source-priority");
    }

    private static void identify(HubClient client, String email, String trait, String timestamp) {
        HubClient.Answer answer = client.post("/v1/identify", """
                {"userId":"%1$s","timestamp":"%3$s","traits":{"email":"%1$s",%2$s}}""".formatted(email, trait, timestamp));
        assertThat(answer.status()).isEqualTo(200);
    }

    private void importCrmRow(String firstName, String lastName, String email) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/import?mapping=legacy-crm"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        Customer No,First Name,Last Name,Email,Phone,Last Contact,Notes,Lifetime Value,Currency
                        C-%s,%s,%s,%s,,01/03/2024 09:30,,,
                        """.formatted(lastName, firstName, lastName, email), StandardCharsets.UTF_8)).build();
        String location;
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(202);
            location = answer.headers().firstValue("Location").orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        JsonNode job = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> hub().get(URI.create(location).getPath()).json(),
                        j -> !j.path("status").asText().matches("queued|running"));
        assertThat(job.path("rowsImported").asLong()).isEqualTo(1);
    }

    private JsonNode view(String email) {
        JsonNode results = find(email);
        assertThat(results).hasSize(1);
        HubClient.Answer view = hub().get("/api/profiles/" + results.get(0).path("id").asText());
        assertThat(view.status()).isEqualTo(200);
        return view.json();
    }

    private JsonNode find(String q) {
        HubClient.Answer answer = hub().get("/api/profiles?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().path("results");
    }

    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
