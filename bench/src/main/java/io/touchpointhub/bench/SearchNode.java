package io.touchpointhub.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.net.URI;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * A client of the hub's embedded Elasticsearch node, built like the hub's own (low-level REST client,
 * Jackson), so the raw bulk rate is measured through the same kind of client the hub uses.
 */
final class SearchNode implements AutoCloseable {

    static final String TOUCHPOINTS = "hub-touchpoints";
    static final String PROFILES = "hub-profiles";

    private final RestClient rest;
    private final ElasticsearchClient client;

    SearchNode(URI uri) {
        this.rest = RestClient.builder(new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme()))
                .setRequestConfigCallback(c -> c.setConnectTimeout(5_000).setSocketTimeout(120_000))
                .build();
        this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    ElasticsearchClient client() {
        return client;
    }

    /** Documents searchable now: {@code _count} sees what the last refresh published, nothing is forced. */
    long count(String index) throws IOException {
        return client.count(c -> c.index(index)).count();
    }

    /** Index operations the node has applied to an index (or alias) since it was created, overwrites included. */
    long indexedTotal(String index) throws IOException {
        return client.indices().stats(s -> s.index(index).metric("indexing")).all().primaries().indexing().indexTotal();
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
