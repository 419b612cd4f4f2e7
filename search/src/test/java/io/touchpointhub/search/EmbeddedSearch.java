package io.touchpointhub.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.touchpointhub.embedded.EmbeddedElasticsearchServer;
import io.touchpointhub.search.index.HubIndices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one embedded Elasticsearch node per test class (register as a {@code static} field with
 * {@code @RegisterExtension}) and hands out a client. Tests isolate themselves with a fresh index prefix
 * each ({@link #freshIndices()}) instead of restarting the node.
 */
public final class EmbeddedSearch implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedElasticsearchServer server;
    private ElasticsearchClient client;
    private Path dataDir;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("search-it-");
        server = EmbeddedElasticsearchServer.start(dataDir, 0);
        client = SearchClients.create(List.of(server.httpUri()), null, null, null);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
        deleteRecursively(dataDir);
    }

    public ElasticsearchClient client() {
        return client;
    }

    public URI uri() {
        return server.httpUri();
    }

    /** Indices under a prefix no other test uses, created. */
    public HubIndices freshIndices() {
        HubIndices indices = new HubIndices(client, freshPrefix());
        indices.ensureCreated();
        return indices;
    }

    public static String freshPrefix() {
        return "t" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
