package io.touchpointhub.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ceiling: the documents the hub produced, bulk-indexed straight into fresh indices with the same
 * mappings and settings on the same node, with the hub's bulk size and a single client thread and no
 * forced refresh — timed until {@code _count} sees them all.
 */
final class RawBulkPhase {

    /** @param seconds from the first bulk request until every document is searchable */
    record Result(long touchpointDocuments, long profileDocuments, double seconds) {
        long documents() {
            return touchpointDocuments + profileDocuments;
        }
    }

    /** The hub's {@code hub.pipeline.index-batch-size}: documents per bulk request. */
    static final int BULK_SIZE = 1_000;
    private static final int PAGE = 1_000;
    private static final long POLL_MILLIS = 100;

    private record Doc(String index, String id, BinaryData source) {
    }

    private final ElasticsearchClient client;
    private final SearchNode search;
    private final ObjectMapper json = new ObjectMapper();

    RawBulkPhase(SearchNode search) {
        this.search = search;
        this.client = search.client();
    }

    Result run() throws IOException, InterruptedException {
        String stamp = Long.toString(System.currentTimeMillis());
        String touchpoints = copyIndex(SearchNode.TOUCHPOINTS, "bench-raw-touchpoints-" + stamp);
        String profiles = copyIndex(SearchNode.PROFILES, "bench-raw-profiles-" + stamp);
        try {
            // read back untimed: only the indexing is the ceiling we compare with
            List<Doc> docs = new ArrayList<>(readAll(SearchNode.TOUCHPOINTS, touchpoints));
            int touchpointDocs = docs.size();
            docs.addAll(readAll(SearchNode.PROFILES, profiles));
            long started = System.nanoTime();
            for (int from = 0; from < docs.size(); from += BULK_SIZE) {
                bulk(docs.subList(from, Math.min(docs.size(), from + BULK_SIZE)));
            }
            while (search.count(touchpoints) + search.count(profiles) < docs.size()) {
                Thread.sleep(POLL_MILLIS);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Result(touchpointDocs, docs.size() - touchpointDocs, seconds);
        } finally {
            client.indices().delete(d -> d.index(touchpoints, profiles).ignoreUnavailable(true));
        }
    }

    /** A new index with the mapping and the shard, replica and refresh settings of the one behind {@code alias}. */
    private String copyIndex(String alias, String name) throws IOException {
        Map<String, IndexState> behind = client.indices().get(g -> g.index(alias)).result();
        if (behind.size() != 1) {
            throw new IllegalStateException(alias + " points to " + behind.keySet() + ", expected one index");
        }
        IndexState state = behind.values().iterator().next();
        TypeMapping mapping = state.mappings();
        IndexSettings settings = state.settings().index() != null ? state.settings().index() : state.settings();
        String shards = settings.numberOfShards() == null ? "1" : settings.numberOfShards();
        String replicas = settings.numberOfReplicas() == null ? "0" : settings.numberOfReplicas();
        String refresh = settings.refreshInterval() == null ? "1s" : settings.refreshInterval().time();
        client.indices().create(c -> c.index(name).mappings(mapping).settings(s -> s
                .numberOfShards(shards).numberOfReplicas(replicas).refreshInterval(t -> t.time(refresh))));
        return name;
    }

    private List<Doc> readAll(String alias, String target) throws IOException {
        List<Doc> docs = new ArrayList<>();
        SearchResponse<ObjectNode> page = client.search(s -> s.index(alias).size(PAGE).scroll(t -> t.time("2m"))
                .sort(o -> o.field(f -> f.field("_doc").order(SortOrder.Asc))), ObjectNode.class);
        String scrollId = page.scrollId();
        List<Hit<ObjectNode>> hits = page.hits().hits();
        try {
            while (!hits.isEmpty()) {
                for (Hit<ObjectNode> hit : hits) {
                    docs.add(new Doc(target, hit.id(),
                            BinaryData.of(json.writeValueAsBytes(hit.source()), ContentType.APPLICATION_JSON)));
                }
                String id = scrollId;
                ScrollResponse<ObjectNode> more = client.scroll(s -> s.scrollId(id).scroll(t -> t.time("2m")), ObjectNode.class);
                scrollId = more.scrollId();
                hits = more.hits().hits();
            }
        } finally {
            String id = scrollId;
            client.clearScroll(c -> c.scrollId(id));
        }
        return docs;
    }

    private void bulk(List<Doc> docs) throws IOException {
        List<BulkOperation> operations = new ArrayList<>(docs.size());
        for (Doc doc : docs) {
            operations.add(BulkOperation.of(o -> o.index(i -> i.index(doc.index()).id(doc.id()).document(doc.source()))));
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        if (response.errors()) {
            String reason = response.items().stream().filter(item -> item.error() != null)
                    .map(item -> item.error().type() + ": " + item.error().reason()).findFirst().orElse("?");
            throw new IllegalStateException("raw bulk refused documents: " + reason);
        }
    }
}
