package io.touchpointhub.routes.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.embedded.EmbeddedElasticsearchServer;
import io.touchpointhub.embedded.EmbeddedPostgresServer;
import io.touchpointhub.routes.HubApplication;
import io.touchpointhub.routes.support.HubClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two hub instances pointed by URL at one PostgreSQL and one Elasticsearch outside the hub: neither
 * starts embedded servers, and events of the same people sent to both at once end in one profile each.
 */
class SharedDatabaseIT {

    private static final String WRITE_KEY = "shared-key";
    private static final List<ConfigurableApplicationContext> HUBS = new ArrayList<>();

    @TempDir
    static Path dir;

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedElasticsearchServer elasticsearch;

    @BeforeAll
    static void startServersAndTwoHubs() {
        postgres = EmbeddedPostgresServer.start(dir.resolve("external-postgres"), 0);
        elasticsearch = EmbeddedElasticsearchServer.start(dir.resolve("external-elasticsearch"), 0);
        for (int i = 1; i <= 2; i++) {
            HUBS.add(new SpringApplicationBuilder(HubApplication.class).run(
                    "--server.port=0",
                    "--hub.data-dir=" + dir.resolve("hub-" + i),
                    "--spring.datasource.url=" + postgres.jdbcUrl(),
                    "--spring.datasource.username=" + postgres.username(),
                    "--hub.search.uris=" + elasticsearch.httpUri(),
                    "--hub.intake.sources.web.write-key=" + WRITE_KEY,
                    "--hub.pipeline.poll-interval=50ms"));
        }
    }

    @AfterAll
    static void stopAll() {
        HUBS.forEach(ConfigurableApplicationContext::close);
        if (elasticsearch != null) {
            elasticsearch.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static HubClient client(int hub) {
        int port = ((WebServerApplicationContext) HUBS.get(hub)).getWebServer().getPort();
        return new HubClient(port, WRITE_KEY);
    }

    @Test
    void usesTheServersNamedByUrlInsteadOfStartingEmbeddedOnes() {
        for (ConfigurableApplicationContext hub : HUBS) {
            assertThat(hub.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
            assertThat(hub.getBeanNamesForType(EmbeddedElasticsearchServer.class)).isEmpty();
        }
        assertThat(Files.exists(dir.resolve("hub-1").resolve("postgres"))).isFalse();
        assertThat(Files.exists(dir.resolve("hub-2").resolve("elasticsearch"))).isFalse();
    }

    @Test
    void twoInstancesSharingOneDatabaseEndWithOneProfilePerPerson() throws Exception {
        int people = 30;
        ExecutorService senders = Executors.newFixedThreadPool(6);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            // the same person's calls go to both instances at once; only together they link everything
            String device = "shared-dev-" + p;
            String user = "shared-user-" + p;
            String email = "shared-" + p + "@mail.test";
            statuses.add(senders.submit(() -> client(0).post("/v1/page",
                    "{\"anonymousId\":\"%s\",\"name\":\"Home\"}".formatted(device)).status()));
            statuses.add(senders.submit(() -> client(1).post("/v1/identify",
                    "{\"userId\":\"%s\",\"traits\":{\"email\":\"%s\"}}".formatted(user, email)).status()));
            statuses.add(senders.submit(() -> client(1).post("/v1/track",
                    "{\"anonymousId\":\"%s\",\"context\":{\"traits\":{\"email\":\"%s\"}},\"event\":\"Cart\"}"
                            .formatted(device, email.toUpperCase())).status()));
            statuses.add(senders.submit(() -> client(0).post("/v1/alias",
                    "{\"previousId\":\"%s\",\"userId\":\"%s\"}".formatted(device, user)).status()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(200);
        }
        senders.shutdown();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode backlog = client(0).get("/api/admin/stats").json().path("backlog");
            return backlog.path("identify").asLong() == 0 && backlog.path("index").asLong() == 0;
        });
        client(0).refreshSearchAt(elasticsearch.httpUri().toString());

        for (int p = 0; p < people; p++) {
            JsonNode viaFirst = client(0).get("/api/profiles?q=shared-" + p + "@mail.test").json().path("results");
            JsonNode viaSecond = client(1).get("/api/profiles?q=shared-dev-" + p).json().path("results");
            assertThat(viaFirst).as("profiles of person %d", p).hasSize(1);
            assertThat(viaSecond.get(0).path("id").asText()).isEqualTo(viaFirst.get(0).path("id").asText());
            assertThat(viaFirst.get(0).path("touchpointCount").asInt()).isEqualTo(4);
        }
    }
}
