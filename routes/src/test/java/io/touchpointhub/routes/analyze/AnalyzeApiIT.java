package io.touchpointhub.routes.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpointhub.routes.support.HubClient;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzeApiIT extends HubIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String body(List<String> texts) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode array = body.putArray("texts");
        texts.forEach(array::add);
        return body.toString();
    }

    @Test
    void analysesEachTextAndAnswersInTheOrderOfTheTexts() {
        HubClient.Answer answer = hub().post("/api/analyze", body(List.of(
                "Absolutely love the new #AcmeKettle from @acme 😍 https://acme.example/kettle",
                "这家酒店的服务太差了，房间又脏又吵，再也不会来了。",
                "The delivery was late and the box was damaged.",
                "")));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode results = answer.json().path("results");
        assertThat(results).hasSize(4);
        JsonNode first = results.get(0);
        assertThat(first.path("language").asText()).isEqualTo("en");
        assertThat(first.path("sentiment").path("label").asText()).isEqualTo("positive");
        assertThat(first.path("sentiment").path("score").asDouble()).isBetween(0.05, 1.0);
        assertThat(first.path("hashtags").get(0).asText()).isEqualTo("AcmeKettle");
        assertThat(first.path("mentions").get(0).asText()).isEqualTo("acme");
        assertThat(first.path("urls").get(0).asText()).isEqualTo("https://acme.example/kettle");
        assertThat(results.get(1).path("language").asText()).isEqualTo("zh");
        assertThat(results.get(1).path("sentiment").path("label").asText()).isEqualTo("negative");
        assertThat(results.get(2).path("sentiment").path("label").asText()).isEqualTo("negative");
        assertThat(results.get(2).path("sentiment").path("sentences")).hasSize(1);
        assertThat(results.get(3).path("language").asText()).isEqualTo("und");
        assertThat(results.get(3).path("sentiment").path("label").asText()).isEqualTo("neutral");
    }

    @Test
    void reportsNamedEntitiesWithTheirTypeAndOffsets() {
        String text = "I met Dr. Jane Smith from Acme Widgets Inc at the store in Berlin.";

        JsonNode entities = hub().post("/api/analyze", body(List.of(text))).json().path("results").get(0).path("entities");

        assertThat(entities.findValuesAsText("type")).contains("person", "organization", "location");
        JsonNode person = entities.get(0);
        assertThat(text.substring(person.path("begin").asInt(), person.path("end").asInt()))
                .isEqualTo(person.path("text").asText());
    }

    @Test
    void rejectsMoreThanAThousandTextsWithAProblemDetailNamingTheField() {
        HubClient.Answer answer = hub().post("/api/analyze", body(java.util.Collections.nCopies(1_001, "fine")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("field").asText()).isEqualTo("texts");
    }

    @Test
    void rejectsMissingOrEmptyTextsAndNonStringEntries() {
        assertThat(hub().post("/api/analyze", "{}").json().path("field").asText()).isEqualTo("texts");
        assertThat(hub().post("/api/analyze", "{\"texts\":[]}").status()).isEqualTo(400);
        assertThat(hub().post("/api/analyze", "{\"texts\":[\"ok\", 42]}").json().path("field").asText())
                .isEqualTo("texts[1]");
        assertThat(hub().post("/api/analyze", "{\"texts\":").json().path("field").asText()).isEqualTo("body");
    }
}
