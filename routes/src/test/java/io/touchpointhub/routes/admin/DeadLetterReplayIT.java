package io.touchpointhub.routes.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.identity.pipeline.IndexStage;
import io.touchpointhub.identity.pipeline.WriteResult;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.time.Duration;
import io.touchpointhub.search.index.ReadModelIndexer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A touchpoint the index stage cannot write goes to the dead-letter store with its reason, is listed
 * by the admin API, and a replay sends it through the real pipeline again.
 */
class DeadLetterReplayIT extends HubIntegrationTest {

    @Autowired
    CamelContext camel;

    @Autowired
    IndexStage indexStage;

    @Autowired
    ReadModelIndexer indexer;

    @Test
    void listsATouchpointThatFailedIndexingAndReplaysIt() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        camel.getRouteController().stopRoute("index-stage");
        try {
            hub().post("/v1/identify", """
                    {"userId":"poison-%s","traits":{"email":"poison-%s@example.com"}}""".formatted(u, u));
            await().atMost(Duration.ofSeconds(30)).until(() -> backlog.pending().getOrDefault("identify", 0L) == 0);
            long deadBefore = hub().get("/api/admin/dead-letters").json().path("pending").asLong();

            // profiles are written for real; every touchpoint fails, as a document the index refuses would
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(150)).until(() -> {
                indexStage.runOnce(100, batch -> {
                    indexer.write(List.of(), batch.profiles(), batch.removedProfiles());
                    Map<Long, String> failed = new HashMap<>();
                    batch.touchpoints().forEach(t -> failed.put(t.id(), "mapper_parsing_exception: refused in test"));
                    return new WriteResult(failed, Map.of());
                });
                return hub().get("/api/admin/dead-letters").json().path("pending").asLong() > deadBefore;
            });
        } finally {
            camel.getRouteController().startRoute("index-stage");
        }

        JsonNode letters = hub().get("/api/admin/dead-letters").json().path("deadLetters");
        JsonNode letter = letters.get(0);
        assertThat(letter.path("reason").asText()).contains("mapper_parsing_exception");
        assertThat(letter.path("stage").asText()).isEqualTo("index");

        assertThat(hub().post("/api/admin/dead-letters/" + letter.path("id").asLong() + "/replay", "").status())
                .isEqualTo(200);
        awaitPipelineIdle();

        JsonNode found = hub().get("/api/profiles?q=poison-" + u + "@example.com").json().path("results");
        assertThat(found).hasSize(1);
        assertThat(hub().get("/api/profiles/" + found.get(0).path("id").asText()).json().path("timeline")).hasSize(1);
        assertThat(hub().post("/api/admin/dead-letters/" + letter.path("id").asLong() + "/replay", "").status())
                .isEqualTo(404);
    }
}
