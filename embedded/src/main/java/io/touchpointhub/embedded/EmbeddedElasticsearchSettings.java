package io.touchpointhub.embedded;

import java.nio.file.Path;
import org.elasticsearch.common.settings.Settings;

/**
 * The node settings of the embedded Elasticsearch: a private single-node cluster that shares its JVM
 * and machine with the rest of the hub.
 */
final class EmbeddedElasticsearchSettings {

    static final String CLUSTER_NAME = "touchpoint-hub";
    static final String NODE_NAME = "touchpoint-hub-embedded";

    /** Enough for the hub's load; each processor costs ES threads that compete with the routes. */
    private static final int MAX_PROCESSORS = 4;

    private EmbeddedElasticsearchSettings() {
    }

    /**
     * @param home directory that holds everything of this node: {@code data}, {@code logs}, {@code config}
     * @param httpPort the HTTP port on 127.0.0.1, 0 for any free one
     */
    static Settings forNode(Path home, int httpPort) {
        return Settings.builder()
                .put("cluster.name", CLUSTER_NAME)
                .put("node.name", NODE_NAME)
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                // elects itself, never looks for peers, and never forms a cluster with another node
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", Integer.toString(httpPort))
                // nothing talks transport to us; any free port avoids clashing with a real ES on 9300
                .put("transport.port", "0")
                // shared machines run low on disk; the watermarks would turn indices read-only
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("node.processors", Math.min(MAX_PROCESSORS, Runtime.getRuntime().availableProcessors()))
                .put(heapSettings())
                .build();
    }

    /**
     * The heap belongs to the whole hub. The real-memory breaker would reject ES requests whenever the
     * rest of the application has filled the heap, so ES is limited by its own accounting instead, and
     * its caches take smaller shares than on a dedicated node.
     */
    private static Settings heapSettings() {
        return Settings.builder()
                .put("indices.breaker.total.use_real_memory", false)
                .put("indices.breaker.total.limit", "50%")
                .put("indices.memory.index_buffer_size", "5%")
                .put("indices.queries.cache.size", "5%")
                .put("indices.fielddata.cache.size", "10%")
                .build();
    }
}
