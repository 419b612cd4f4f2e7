package io.touchpointhub.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedElasticsearchServerIT {

    /** A document shaped like the hub's read models, as a plain map: the test needs no model classes. */
    private record Post(String channel, String text) {
        Map<String, Object> toMap() {
            return Map.of("channel", channel, "text", text);
        }
    }

    private static final List<Post> POSTS = List.of(
            new Post("email", "The parcel arrived broken and nobody answers"),
            new Post("social", "Love the new app, the parcel tracking is great"),
            new Post("social", "Where is my refund?"),
            new Post("marketplace", "Parcel came two days late"));

    @TempDir
    Path dataDir;

    @Test
    void indexesSearchesAggregatesAndAliasesOverHttp() throws IOException {
        try (EmbeddedElasticsearchServer server = EmbeddedElasticsearchServer.start(dataDir, 0);
                RestClient restClient = restClient(server)) {
            ElasticsearchClient client = client(restClient);
            assertThat(server.httpUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(server.httpUri().getPort()).isPositive();

            createPostsIndex(client, "posts-v1");
            BulkResponse bulk = bulkIndex(client, "posts-v1", POSTS);
            assertThat(bulk.errors()).isFalse();
            assertThat(bulk.items()).hasSize(POSTS.size());

            SearchResponse<Map> found = client.search(s -> s.index("posts-v1")
                    .query(q -> q.match(m -> m.field("text").query("parcel")))
                    .aggregations("by_channel", a -> a.terms(t -> t.field("channel"))), Map.class);
            assertThat(found.hits().total().value()).isEqualTo(3);
            assertThat(found.hits().hits()).extracting(Hit::id).containsExactlyInAnyOrder("0", "1", "3");
            List<StringTermsBucket> buckets = found.aggregations().get("by_channel").sterms().buckets().array();
            assertThat(buckets).extracting(b -> b.key().stringValue(), StringTermsBucket::docCount)
                    .containsExactlyInAnyOrder(
                            tuple("email", 1L),
                            tuple("social", 1L),
                            tuple("marketplace", 1L));

            client.indices().putAlias(a -> a.index("posts-v1").name("posts"));
            assertThat(client.indices().getAlias(a -> a.name("posts")).result()).containsOnlyKeys("posts-v1");
            assertThat(client.count(c -> c.index("posts")).count()).isEqualTo(POSTS.size());
        }
    }

    @Test
    void keepsDocumentsAcrossRestartsOnTheSameDirectory() throws IOException {
        int port = freePort();
        try (EmbeddedElasticsearchServer server = EmbeddedElasticsearchServer.start(dataDir, port);
                RestClient restClient = restClient(server)) {
            assertThat(server.httpUri().getPort()).isEqualTo(port);
            ElasticsearchClient client = client(restClient);
            createPostsIndex(client, "posts-v1");
            client.index(i -> i.index("posts-v1").id("kept").document(POSTS.get(2).toMap()));
        }

        // the same port again proves close() released it; the same directory proves it released the lock
        try (EmbeddedElasticsearchServer server = EmbeddedElasticsearchServer.start(dataDir, port);
                RestClient restClient = restClient(server)) {
            ElasticsearchClient client = client(restClient);
            var kept = client.get(g -> g.index("posts-v1").id("kept"), Map.class);
            assertThat(kept.found()).isTrue();
            assertThat(kept.source()).containsEntry("text", "Where is my refund?");
            SearchResponse<Map> found = client.search(s -> s.index("posts-v1")
                    .query(q -> q.match(m -> m.field("text").query("refund"))), Map.class);
            assertThat(found.hits().hits()).extracting(Hit::id).containsExactly("kept");
        }
    }

    @Test
    void refusesASecondServerOnADirectoryInUse() throws IOException {
        try (EmbeddedElasticsearchServer server = EmbeddedElasticsearchServer.start(dataDir, 0)) {
            assertThatThrownBy(() -> EmbeddedElasticsearchServer.start(dataDir, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dataDir.toString());
            // the failed attempt must not have disturbed the running server
            try (RestClient restClient = restClient(server)) {
                assertThat(client(restClient).cluster().health().status().jsonValue()).isIn("green", "yellow");
            }
        }
    }

    private static void createPostsIndex(ElasticsearchClient client, String index) throws IOException {
        client.indices().create(c -> c.index(index)
                // one node: a replica could never be assigned, and the index would stay yellow
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                .mappings(m -> m.properties("channel", p -> p.keyword(k -> k))
                        .properties("text", p -> p.text(t -> t.analyzer("standard")))));
    }

    private static BulkResponse bulkIndex(ElasticsearchClient client, String index, List<Post> posts)
            throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (int i = 0; i < posts.size(); i++) {
            String id = Integer.toString(i);
            Map<String, Object> document = posts.get(i).toMap();
            bulk.operations(op -> op.index(idx -> idx.index(index).id(id).document(document)));
        }
        return client.bulk(bulk.build());
    }

    private static RestClient restClient(EmbeddedElasticsearchServer server) {
        return RestClient.builder(HttpHost.create(server.httpUri().toString())).build();
    }

    private static ElasticsearchClient client(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
