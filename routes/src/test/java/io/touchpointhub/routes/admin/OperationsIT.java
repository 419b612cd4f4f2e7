package io.touchpointhub.routes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.routes.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;

class OperationsIT extends HubIntegrationTest {

    @Test
    void healthReportsPostgresElasticsearchPipelineAndCamel() {
        JsonNode health = hub().get("/actuator/health").json();

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("elasticsearch").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("pipeline").path("details").has("backlog")).isTrue();
        assertThat(health.path("components").fieldNames()).toIterable().anyMatch(name -> name.startsWith("camel"));
    }

    @Test
    void publishesAnOpenApiDescriptionOfTheCollectionAndProfileApis() {
        JsonNode api = hub().get("/v3/api-docs").json();

        assertThat(api.path("paths").has("/v1/batch")).isTrue();
        assertThat(api.path("paths").has("/api/profiles/{id}")).isTrue();
        assertThat(api.path("paths").has("/api/admin/reindex")).isTrue();
    }

    @Test
    void answersUnknownDeadLetterReplayWith404() {
        assertThat(hub().post("/api/admin/dead-letters/987654321/replay", "").status()).isEqualTo(404);
        assertThat(hub().get("/api/admin/dead-letters?limit=0").status()).isEqualTo(400);
    }
}
