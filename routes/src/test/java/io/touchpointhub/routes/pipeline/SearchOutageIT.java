package io.touchpointhub.routes.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.embedded.EmbeddedElasticsearchServer;
import io.touchpointhub.embedded.EmbeddedPostgresServer;
import io.touchpointhub.routes.HubApplication;
import io.touchpointhub.routes.support.HubClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An Elasticsearch outage delays indexing and loses nothing: the hub starts and accepts touchpoints
 * without its cluster, search answers 503, and once the cluster is up everything becomes searchable.
 */
class SearchOutageIT {

    private static final String WRITE_KEY = "outage-key";

    @TempDir
    Path dir;

    private EmbeddedPostgresServer postgres;
    private EmbeddedElasticsearchServer elasticsearch;
    private ConfigurableApplicationContext hub;

    @AfterEach
    void stopAll() {
        if (hub != null) {
            hub.close();
        }
        if (elasticsearch != null) {
            elasticsearch.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void acceptsAndResolvesWhileElasticsearchIsDownAndIndexesEverythingOnceItIsBack() throws Exception {
        int searchPort = freePort();
        postgres = EmbeddedPostgresServer.start(dir.resolve("postgres"), 0);
        hub = new SpringApplicationBuilder(HubApplication.class).run(
                "--server.port=0",
                "--hub.data-dir=" + dir.resolve("hub"),
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + postgres.username(),
                "--hub.search.uris=http://127.0.0.1:" + searchPort,
                "--hub.intake.sources.web.write-key=" + WRITE_KEY,
                "--hub.pipeline.poll-interval=50ms");
        HubClient client = new HubClient(((WebServerApplicationContext) hub).getWebServer().getPort(), WRITE_KEY);

        HubClient.Answer accepted = client.post("/v1/identify",
                "{\"userId\":\"outage-1\",\"traits\":{\"email\":\"outage@mail.test\"}}");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                client.get("/api/admin/stats").json().path("backlog").path("identify").asLong() == 0);
        JsonNode during = client.get("/api/admin/stats").json();
        HubClient.Answer search = client.get("/api/profiles?q=outage@mail.test");

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(during.path("liveProfiles").asLong()).isEqualTo(1);
        assertThat(during.path("backlog").path("index").asLong()).isPositive();
        assertThat(during.path("deadLetters").asLong()).isZero();
        assertThat(search.status()).isEqualTo(503);
        assertThat(search.contentType()).contains("application/problem+json");

        elasticsearch = EmbeddedElasticsearchServer.start(dir.resolve("elasticsearch"), searchPort);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                client.get("/api/admin/stats").json().path("backlog").path("index").asLong() == 0);
        client.refreshSearchAt(elasticsearch.httpUri().toString());

        JsonNode found = client.get("/api/profiles?q=outage@mail.test").json().path("results");
        assertThat(found).hasSize(1);
        assertThat(client.get("/api/admin/stats").json().path("deadLetters").asLong()).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
