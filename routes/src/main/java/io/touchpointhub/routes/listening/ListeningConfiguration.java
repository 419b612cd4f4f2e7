package io.touchpointhub.routes.listening;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.pipeline.AnalysisStage;
import io.touchpointhub.identity.pipeline.RetryPolicy;
import io.touchpointhub.identity.pipeline.TouchpointAnalyses;
import io.touchpointhub.identity.store.TrackedTopicStore;
import io.touchpointhub.search.index.HubIndices;
import io.touchpointhub.search.listening.ListeningSearch;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The NLP stage's store, the stored topics and the listening reads. */
@Configuration(proxyBeanMethods = false)
class ListeningConfiguration {

    @Bean
    AnalysisStage analysisStage(DataSource dataSource, ObjectMapper json, RetryPolicy retry) {
        return new AnalysisStage(dataSource, json, retry);
    }

    @Bean
    TouchpointAnalyses touchpointAnalyses(DataSource dataSource, ObjectMapper json) {
        return new TouchpointAnalyses(dataSource, json);
    }

    @Bean
    TrackedTopicStore trackedTopicStore(DataSource dataSource) {
        return new TrackedTopicStore(dataSource);
    }

    @Bean
    ListeningSearch listeningSearch(ElasticsearchClient client, HubIndices indices) {
        return new ListeningSearch(client, indices);
    }
}
