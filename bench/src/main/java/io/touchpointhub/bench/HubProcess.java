package io.touchpointhub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The hub's shipped jar as a child process on a fresh data directory and a free port, exactly as an
 * operator starts it, and the few HTTP calls the benchmark makes to it. Senders share the HTTP client.
 */
final class HubProcess implements AutoCloseable {

    /** The counts {@code GET /api/admin/stats} reports from PostgreSQL. */
    record Stats(long touchpoints, long liveProfiles, long identifyBacklog, long indexBacklog, long deadLetters) {
        boolean drained() {
            return identifyBacklog == 0 && indexBacklog == 0;
        }
    }

    private static final String WRITE_KEY = "bench-write-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private HubProcess(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.base = URI.create("http://127.0.0.1:" + port);
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((WRITE_KEY + ":").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts the jar on a new temporary data directory; its output goes to {@code hub.log} in there.
     *
     * @param extraArgs appended after the harness's own arguments, so they can override them
     */
    static HubProcess start(Path jar, String heap, List<String> extraArgs) throws IOException {
        Path dataDir = Files.createTempDirectory("touchpoint-bench-");
        Path log = dataDir.resolve("hub.log");
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--hub.data-dir=" + dataDir.resolve("data"),
                "--hub.intake.sources.bench.write-key=" + WRITE_KEY,
                // the generator writes US numbers in national formats too
                "--hub.identity.default-region=US"));
        command.addAll(extraArgs);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new HubProcess(process, dataDir, log, port);
    }

    /** Waits for {@code /actuator/health} to say UP; fails at once if the hub exits. */
    void awaitUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the hub exited with " + process.exitValue() + " while starting:\n" + logTail(40));
            }
            try {
                JsonNode health = get("/actuator/health");
                last = health.path("status").asText();
                if ("UP".equals(last)) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the hub was not UP after " + timeout + " (last: " + last + "):\n" + logTail(40));
    }

    /** The embedded Elasticsearch node the hub started, as its health details name it. */
    URI elasticsearch() throws IOException, InterruptedException {
        String uri = get("/actuator/health").path("components").path("elasticsearch")
                .path("details").path("embedded").asText("");
        if (uri.isEmpty()) {
            throw new IllegalStateException("/actuator/health names no embedded Elasticsearch node"
                    + " (components.elasticsearch.details.embedded)");
        }
        return URI.create(uri);
    }

    Stats stats() throws IOException, InterruptedException {
        JsonNode stats = get("/api/admin/stats");
        JsonNode backlog = stats.path("backlog");
        return new Stats(stats.path("touchpoints").asLong(), stats.path("liveProfiles").asLong(),
                backlog.path("identify").asLong(), backlog.path("index").asLong(), stats.path("deadLetters").asLong());
    }

    /** One {@code POST /v1/batch} with the bench source's write key as HTTP Basic user name. */
    HttpResponse<String> postBatch(byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/batch"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Every process working for the hub: its descendants and the PostgreSQL server it started on its
     * data directory, which the server's own launcher may have detached from the hub.
     */
    List<ProcessHandle> helpers() {
        Set<ProcessHandle> helpers = new LinkedHashSet<>(process.descendants().toList());
        String dir = dataDir.toString();
        ProcessHandle.allProcesses()
                .filter(p -> p.pid() != process.pid() && p.info().commandLine().map(c -> c.contains(dir)).orElse(false))
                .forEach(p -> {
                    helpers.add(p);
                    p.descendants().forEach(helpers::add);
                });
        return List.copyOf(helpers);
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * Stops the hub gracefully (SIGTERM lets it stop its PostgreSQL), then anything it left running,
     * and deletes the data directory.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        List<ProcessHandle> children = helpers();
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    child.destroyForcibly();
                }
            }
        }
        deleteRecursively(dataDir);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        // health answers 503 with a body while a component is down; the body is what we want
        if (response.statusCode() != 200 && response.statusCode() != 503) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
