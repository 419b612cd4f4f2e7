package io.touchpointhub.routes.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.matching.MatchingSettings;
import io.touchpointhub.identity.matching.ModelTraining;
import io.touchpointhub.identity.resolve.IdentityRules;
import io.touchpointhub.identity.review.Reviews;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live matcher's settings and weights, and the review queue, for the identify stage and the API. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchingProperties.class)
class MatchingConfiguration {

    @Bean
    MatchingSettings matchingSettings(MatchingProperties properties) {
        return properties.settings();
    }

    /* It reads the stored estimate when constructed: after Flyway has created its table. */
    @Bean
    @DependsOnDatabaseInitialization
    ModelTraining modelTraining(DataSource dataSource, ObjectMapper json, MatchingSettings settings) {
        return new ModelTraining(dataSource, json, settings);
    }

    @Bean
    Reviews reviews(DataSource dataSource, ObjectMapper json, IdentityRules rules) {
        return new Reviews(dataSource, json, rules);
    }
}
