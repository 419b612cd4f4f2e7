package io.touchpointhub.routes.storage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import io.touchpointhub.embedded.EmbeddedElasticsearchServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/** Cluster health of the read-model store: down when unreachable or red. */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;
    private final ObjectProvider<EmbeddedElasticsearchServer> embedded;

    ElasticsearchHealthIndicator(ElasticsearchClient client, ObjectProvider<EmbeddedElasticsearchServer> embedded) {
        super("Elasticsearch health check failed");
        this.client = client;
        this.embedded = embedded;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HealthResponse health = client.cluster().health();
        builder.status(health.status() == HealthStatus.Red ? Status.DOWN : Status.UP)
                .withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("nodes", health.numberOfNodes());
        EmbeddedElasticsearchServer node = embedded.getIfAvailable();
        if (node != null) {
            builder.withDetail("embedded", node.httpUri().toString());
        }
    }
}
