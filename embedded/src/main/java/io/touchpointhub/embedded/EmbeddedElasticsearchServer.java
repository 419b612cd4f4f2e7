package io.touchpointhub.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.node.EmbeddedNode;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch server (the {@code org.elasticsearch:elasticsearch} jar from Maven Central) running
 * inside this JVM, with its data in a directory of ours so that a restart finds the indices again.
 *
 * <p>Only the server core and the Netty HTTP transport are on the class path, not the distribution's
 * modules: the standard analyzer, queries, aggregations, aliases, index templates, bulk and partial
 * updates with {@code doc} work; Painless scripts (lang-painless), {@code _update_by_query} and
 * {@code _delete_by_query} (reindex), language analyzers such as {@code english} (analysis-common) and
 * {@code GET /} (rest-root) do not. For the same reason nothing downloads anything (no ingest-geoip).
 *
 * <p>Logging: Elasticsearch logs through the Log4j 2 API. The {@code log4j-to-slf4j} bridge that this
 * module ships (and Spring Boot's starter-logging ships too) has a higher priority than log4j-core, so
 * Log4j hands Elasticsearch's events to SLF4J and the application's Logback configuration decides what
 * is written where. log4j-core itself cannot be excluded: building a node loads classes that implement
 * its interfaces. It is simply never configured, which rules out changing ES log levels with the
 * {@code logger.*} cluster settings; set the levels of {@code org.elasticsearch} in Logback instead.
 */
public final class EmbeddedElasticsearchServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedElasticsearchServer.class);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedNode node;
    private final URI httpUri;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedElasticsearchServer(EmbeddedNode node, URI httpUri) {
        this.node = node;
        this.httpUri = httpUri;
    }

    /**
     * Starts a single-node cluster with data under {@code dataDir} (reused across restarts: data
     * survives), HTTP on 127.0.0.1:{@code httpPort} (0 = any free port). Blocks until the cluster is at
     * least yellow and HTTP answers.
     *
     * @throws IllegalStateException if the node does not come up, e.g. because another node holds the
     *     data directory
     */
    public static EmbeddedElasticsearchServer start(Path dataDir, int httpPort) {
        long startNanos = System.nanoTime();
        Path home = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Creating the Elasticsearch directory " + home + " failed", e);
        }
        prepareJvm();
        EmbeddedNode node;
        try {
            node = new EmbeddedNode(EmbeddedElasticsearchSettings.forNode(home, httpPort), List.of(Netty4Plugin.class));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Building the embedded Elasticsearch node in " + home + " failed", e);
        }
        try {
            node.start();
            URI uri = uri(node.httpAddress());
            awaitYellow(uri);
            LOG.info("Embedded Elasticsearch listening on {} with data in {}, started in {} ms",
                    uri, home, Duration.ofNanos(System.nanoTime() - startNanos).toMillis());
            return new EmbeddedElasticsearchServer(node, uri);
        } catch (Exception e) {
            closeQuietly(node);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Starting embedded Elasticsearch in " + home + " failed", e);
        }
    }

    /**
     * JVM-wide state that the distribution's launcher would set up.
     */
    private static void prepareJvm() {
        // classes using Elasticsearch's own logging facade need its factory; it only wraps the Log4j API
        LogConfigurator.configureESLogging();
        // ES tells Netty its processor count, which Netty rejects once any other Netty user in the JVM
        // has read it; Netty's default (all processors) only sizes pools ES does not use
        if (System.getProperty("es.set.netty.runtime.available.processors") == null) {
            System.setProperty("es.set.netty.runtime.available.processors", "false");
        }
        String log4jContext = org.apache.logging.log4j.LogManager.getContext(false).getClass().getName();
        if (log4jContext.startsWith("org.apache.logging.log4j.core.")) {
            LOG.warn("log4j-to-slf4j is not on the class path; Elasticsearch will log errors only, to the console");
        }
    }

    private static URI uri(InetSocketAddress address) {
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /**
     * One HTTP request proves both conditions of {@link #start}: HTTP answers, and with
     * {@code wait_for_status} ES replies 200 only once the cluster is yellow (408 on timeout). After a
     * restart, yellow also means every index has been recovered from disk.
     */
    private static void awaitYellow(URI uri) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri.resolve(
                        "/_cluster/health?wait_for_status=yellow&timeout=" + HEALTH_TIMEOUT.toSeconds() + "s"))
                .timeout(HEALTH_TIMEOUT.plusSeconds(10))
                .GET()
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Cluster did not become yellow: HTTP " + response.statusCode()
                    + " " + response.body());
        }
    }

    /** The HTTP endpoint, e.g. {@code http://127.0.0.1:9201}. */
    public URI httpUri() {
        return httpUri;
    }

    /** Stops the node, releases the port and the data directory lock. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closeQuietly(node);
            LOG.info("Embedded Elasticsearch on {} stopped", httpUri);
        }
    }

    private static void closeQuietly(EmbeddedNode node) {
        try {
            if (!node.closeAndAwait(CLOSE_TIMEOUT)) {
                LOG.warn("Embedded Elasticsearch threads still running {} after close", CLOSE_TIMEOUT);
            }
        } catch (IOException | RuntimeException e) {
            // close() runs in shutdown paths that must go on
            LOG.warn("Closing embedded Elasticsearch failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Interrupted while closing embedded Elasticsearch", e);
        }
    }
}
