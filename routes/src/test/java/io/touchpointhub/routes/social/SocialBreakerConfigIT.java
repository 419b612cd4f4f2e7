package io.touchpointhub.routes.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.touchpointhub.connectors.TransientConnectorException;
import io.touchpointhub.connectors.social.UnexpectedStatusException;
import io.touchpointhub.routes.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The social breakers come from {@code resilience4j.circuitbreaker.configs.social-*} in application.yml:
 * a source answering 404 (a mistyped hashtag) must not open its breaker, only outages may.
 */
class SocialBreakerConfigIT extends HubIntegrationTest {

    @Autowired
    private CircuitBreakerRegistry breakers;

    @Test
    void socialBreakersCountOutagesButNotConfigurationErrors() {
        for (String config : new String[] {"social-mastodon", "social-reddit"}) {
            CircuitBreakerConfig breaker = breakers.getConfiguration(config).orElseThrow();

            assertThat(breaker.getRecordExceptionPredicate().test(new TransientConnectorException("503")))
                    .as(config + " records an outage").isTrue();
            assertThat(breaker.getRecordExceptionPredicate().test(new UnexpectedStatusException("404", 404)))
                    .as(config + " ignores a 404").isFalse();
        }
    }
}
