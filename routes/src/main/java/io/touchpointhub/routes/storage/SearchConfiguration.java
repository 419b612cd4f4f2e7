package io.touchpointhub.routes.storage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.touchpointhub.embedded.EmbeddedElasticsearchServer;
import io.touchpointhub.routes.HubProperties;
import io.touchpointhub.search.SearchClients;
import io.touchpointhub.search.SearchUnavailableException;
import io.touchpointhub.search.index.HubIndices;
import io.touchpointhub.search.index.ReadModelIndexer;
import io.touchpointhub.search.profile.ProfileSearch;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client and the read-model services on it. The embedded node is started under
 * {@code <hub.data-dir>/elasticsearch} unless {@code hub.search.uris} names a cluster.
 */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedSearchCondition.class)
    EmbeddedElasticsearchServer embeddedElasticsearchServer(HubProperties hub, SearchProperties search) {
        return EmbeddedElasticsearchServer.start(hub.dataDir().resolve("elasticsearch"), search.embeddedPort());
    }

    @Bean
    ElasticsearchClient elasticsearchClient(SearchProperties search,
                                            ObjectProvider<EmbeddedElasticsearchServer> embedded) {
        List<URI> uris = Optional.ofNullable(embedded.getIfAvailable())
                .map(node -> List.of(node.httpUri()))
                .orElse(search.uris());
        return SearchClients.create(uris, search.username(), search.password(), search.apiKey());
    }

    /**
     * Creates the indices now if the cluster answers; if it does not, the hub still starts (intake and
     * identity need only PostgreSQL) and the index stage creates them once the cluster is back.
     */
    @Bean
    HubIndices hubIndices(ElasticsearchClient client, SearchProperties search) {
        HubIndices indices = new HubIndices(client, search.indexPrefix());
        try {
            indices.ensureCreated();
        } catch (SearchUnavailableException e) {
            LOG.warn("Elasticsearch is unavailable at start-up; indexing waits for it and loses nothing");
        }
        return indices;
    }

    @Bean
    ReadModelIndexer readModelIndexer(ElasticsearchClient client, HubIndices indices) {
        return new ReadModelIndexer(client, indices);
    }

    @Bean
    ProfileSearch profileSearch(ElasticsearchClient client, HubIndices indices) {
        return new ProfileSearch(client, indices);
    }
}
