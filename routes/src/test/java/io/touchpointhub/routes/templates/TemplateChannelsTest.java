package io.touchpointhub.routes.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.touchpointhub.connectors.ConnectorException;
import io.touchpointhub.connectors.TransientConnectorException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TemplateChannelsTest {

    private final CircuitBreakerConfig config = TemplateChannels.transientOnly(CircuitBreakerConfig.custom()
            .minimumNumberOfCalls(4).slidingWindowSize(4).build());

    @Test
    void aConfigurationErrorNeverOpensTheBreaker() {
        CircuitBreaker breaker = CircuitBreaker.of("channel-test", config);

        for (int i = 0; i < 10; i++) {
            breaker.onError(0, TimeUnit.MILLISECONDS, new ConnectorException("Polling answered 404"));
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void transientTroubleOpensIt() {
        CircuitBreaker breaker = CircuitBreaker.of("channel-test", config);

        for (int i = 0; i < 4; i++) {
            breaker.onError(0, TimeUnit.MILLISECONDS, new TransientConnectorException("Polling answered 503"));
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }
}
