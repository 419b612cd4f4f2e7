package io.touchpointhub.routes.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.routes.support.HubClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub's own jar is killed with SIGKILL in the middle of a large ingest and started again on the same
 * data directory: every acknowledged touchpoint ends up stored, resolved and indexed exactly once.
 */
class CrashResumeIT {

    private static final String WRITE_KEY = "crash-key";
    private static final int PEOPLE = 1_500;
    private static final int EVENTS_PER_PERSON = 8;
    private static final int BATCH_SIZE = 100;

    @TempDir
    Path dataDir;

    private Process hub;

    /** Gracefully (SIGTERM), so the hub stops its PostgreSQL too instead of leaving it running. */
    @AfterEach
    void stopHub() throws InterruptedException {
        if (hub != null && hub.isAlive()) {
            hub.destroy();
            if (!hub.waitFor(60, TimeUnit.SECONDS)) {
                hub.destroyForcibly();
            }
        }
    }

    @Test
    void everyAcknowledgedTouchpointIsResolvedAndIndexedExactlyOnceAfterSigkill() throws Exception {
        List<String> batches = batches();
        int port = freePort();
        hub = start(port);
        HubClient client = new HubClient(port, WRITE_KEY);
        boolean[] acknowledged = new boolean[batches.size()];
        AtomicInteger sent = new AtomicInteger();
        ExecutorService sender = Executors.newSingleThreadExecutor();
        sender.submit(() -> {
            for (int i = 0; i < batches.size(); i++) {
                try {
                    acknowledged[i] = client.post("/v1/batch", batches.get(i)).status() == 200;
                    sent.incrementAndGet();
                } catch (RuntimeException connectionLost) {
                    return;
                }
            }
        });

        // kill while a batch is in flight and the identity and index stages have a backlog
        await().atMost(Duration.ofMinutes(2)).until(() -> sent.get() >= batches.size() / 3);
        hub.destroyForcibly().waitFor();
        sender.shutdown();
        assertThat(sender.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        int acknowledgedBeforeKill = sent.get();
        hub = start(port);
        for (int i = 0; i < batches.size(); i++) {
            if (!acknowledged[i]) {
                assertThat(client.post("/v1/batch", batches.get(i)).status()).isEqualTo(200);
            }
        }
        // resending an acknowledged batch must not store anything twice either
        assertThat(client.post("/v1/batch", batches.get(0)).status()).isEqualTo(200);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode backlog = client.get("/api/admin/stats").json().path("backlog");
            return backlog.path("identify").asLong(-1) == 0 && backlog.path("index").asLong(-1) == 0;
        });
        JsonNode stats = client.get("/api/admin/stats").json();
        String node = client.get("/actuator/health").json()
                .path("components").path("elasticsearch").path("details").path("embedded").asText();
        HubClient search = new HubClient(0, "");
        search.refreshSearchAt(node);

        assertThat(acknowledgedBeforeKill).isLessThan(batches.size());
        assertThat(stats.path("touchpoints").asLong()).isEqualTo((long) PEOPLE * EVENTS_PER_PERSON);
        assertThat(stats.path("liveProfiles").asLong()).isEqualTo(PEOPLE);
        assertThat(stats.path("deadLetters").asLong()).isZero();
        assertThat(search.count(node, "hub-touchpoints")).isEqualTo((long) PEOPLE * EVENTS_PER_PERSON);
        assertThat(search.count(node, "hub-profiles")).isEqualTo(PEOPLE);
    }

    /** Each person: an anonymous page view, an identify linking the device to the user, then a mix. */
    private static List<String> batches() {
        Random random = new Random(7);
        List<String> events = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            events.add("{\"type\":\"page\",\"messageId\":\"p%d-0\",\"anonymousId\":\"anon-%d\",\"name\":\"Home\"}".formatted(p, p));
            events.add(("{\"type\":\"identify\",\"messageId\":\"p%d-1\",\"userId\":\"user-%d\",\"anonymousId\":\"anon-%d\","
                    + "\"traits\":{\"email\":\"person%d@example.com\",\"name\":\"Person %d\"}}").formatted(p, p, p, p, p));
            for (int e = 2; e < EVENTS_PER_PERSON; e++) {
                String who = random.nextBoolean() ? "\"userId\":\"user-" + p + "\"" : "\"anonymousId\":\"anon-" + p + "\"";
                events.add("{\"type\":\"track\",\"messageId\":\"p%d-%d\",%s,\"event\":\"Viewed Product\",\"properties\":{\"sku\":\"sku-%d\"}}"
                        .formatted(p, e, who, random.nextInt(500)));
            }
        }
        Collections.shuffle(events, random);
        List<String> batches = new ArrayList<>();
        for (int from = 0; from < events.size(); from += BATCH_SIZE) {
            batches.add("{\"batch\":[" + String.join(",", events.subList(from, Math.min(events.size(), from + BATCH_SIZE))) + "]}");
        }
        return batches;
    }

    private Process start(int port) throws IOException {
        Path jar = Path.of("target", "touchpoint-hub.jar").toAbsolutePath();
        assertThat(jar).exists();
        Path log = dataDir.resolve("hub-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", jar.toString(),
                "--server.port=" + port,
                "--hub.data-dir=" + dataDir.resolve("data"),
                "--hub.intake.sources.crash.write-key=" + WRITE_KEY,
                // CoreNLP (~700 MB, loaded in the background) has nothing to do with crash recovery and
                // would make this 1 GB hub collect garbage while it starts
                "--hub.nlp.corenlp=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HubClient client = new HubClient(port, WRITE_KEY);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
            assertThat(process.isAlive()).as("hub process alive; log: %s", log).isTrue();
            return "UP".equals(client.get("/actuator/health").json().path("status").asText());
        });
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
