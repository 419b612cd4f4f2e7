package io.touchpointhub.routes.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.touchpointhub.search.alerts.TopicActivity;
import io.touchpointhub.search.index.HubIndices;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search side of alerts and the topics they watch. */
@Configuration(proxyBeanMethods = false)
class AlertsConfiguration {

    @Bean
    TopicActivity topicActivity(ElasticsearchClient client, HubIndices indices) {
        return new TopicActivity(client, indices);
    }

    @Bean
    AlertTopics alertTopics() {
        return List::of;
    }
}
