package io.touchpointhub.routes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.identity.profile.ProfileStore;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReindexIT extends HubIntegrationTest {

    @Autowired
    TouchpointLog touchpointLog;

    @Autowired
    ProfileStore profileStore;

    @Test
    void rebuildsBothReadModelsFromPostgresAndSearchKeepsWorking() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        hub().post("/v1/identify", """
                {"userId":"reindex-%s","traits":{"name":"Rhea Index","email":"rhea-%s@example.com"}}""".formatted(u, u));
        awaitPipelineIdle();

        JsonNode result = hub().post("/api/admin/reindex", "").json();
        hub().refreshSearch();

        assertThat(result.path("touchpoints").asLong()).isEqualTo(touchpointLog.count());
        assertThat(result.path("profiles").asLong()).isEqualTo(profileStore.liveProfileCount());
        assertThat(result.path("failed").asLong()).isZero();
        JsonNode found = hub().get("/api/profiles?q=rhea-" + u + "@example.com").json().path("results");
        assertThat(found).hasSize(1);
        assertThat(hub().get("/api/profiles/" + found.get(0).path("id").asText()).json().path("timeline")).hasSize(1);
    }
}
