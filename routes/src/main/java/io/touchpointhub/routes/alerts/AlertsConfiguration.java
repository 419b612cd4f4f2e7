package io.touchpointhub.routes.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.touchpointhub.search.alerts.TopicActivity;
import io.touchpointhub.search.index.HubIndices;
import io.touchpointhub.routes.listening.TopicDefinition;
import io.touchpointhub.routes.listening.TrackedTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search side of alerts and the topics they watch. */
@Configuration(proxyBeanMethods = false)
class AlertsConfiguration {

    @Bean
    TopicActivity topicActivity(ElasticsearchClient client, HubIndices indices) {
        return new TopicActivity(client, indices);
    }

    /** Read on every check, so topics added by API are checked from the next run on. */
    @Bean
    AlertTopics alertTopics(TrackedTopics tracked) {
        return () -> tracked.all().stream().map(TopicDefinition::name).toList();
    }
}
