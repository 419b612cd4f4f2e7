package io.touchpointhub.routes.support;

import static org.awaitility.Awaitility.await;

import io.touchpointhub.identity.pipeline.PipelineBacklog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole hub on a random port with real embedded PostgreSQL and Elasticsearch, data in a temporary
 * directory. Every integration test class extends this one unchanged, so Spring starts the hub once
 * per test run: never add per-class properties, beans or mocks in a subclass (each distinct context
 * starts another PostgreSQL and Elasticsearch). Channels are configured for every test in
 * {@code application-it.yml} against the shared {@link ChannelTestServers}.
 */
@ActiveProfiles("it")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.intake.sources.shop.write-key=" + HubIntegrationTest.WRITE_KEY,
        "hub.intake.sources.app.write-key=" + HubIntegrationTest.OTHER_WRITE_KEY,
        "hub.identity.default-region=GB",
        "hub.pipeline.poll-interval=50ms",
        "hub.pipeline.initial-backoff=100ms",
        "hub.pipeline.max-attempts=2"})
public abstract class HubIntegrationTest {

    public static final String WRITE_KEY = "shop-key-1";
    public static final String OTHER_WRITE_KEY = "app-key-2";
    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    protected int port;

    @Autowired
    protected PipelineBacklog backlog;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("hub.data-dir", DATA_DIR::toString);
        // channel configuration for tests is in application-it.yml, pointing at these servers
        registry.add("test.api.url", () -> ChannelTestServers.apiUrl("").replaceAll("/$", ""));
        registry.add("test.mail.imap.port", () -> ChannelTestServers.mail().getImap().getPort());
        registry.add("test.mail.pop3.port", () -> ChannelTestServers.mail().getPop3().getPort());
        registry.add("test.mail.smtp.port", () -> ChannelTestServers.smtp().getSmtp().getPort());
    }

    protected HubClient hub() {
        return new HubClient(port, WRITE_KEY);
    }

    /** Waits until identity, text analysis and indexing have caught up and the index is searchable. */
    protected void awaitPipelineIdle() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    java.util.Map<String, Long> pending = backlog.pending(); // one snapshot of every queue
                    return pending.getOrDefault("identify", 0L) == 0 && pending.getOrDefault("index", 0L) == 0
                            && pending.getOrDefault("analyse", 0L) == 0;
                });
        hub().refreshSearch();
    }

    private static Path createDataDir() {
        try {
            Path dir = Files.createTempDirectory("hub-it-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
