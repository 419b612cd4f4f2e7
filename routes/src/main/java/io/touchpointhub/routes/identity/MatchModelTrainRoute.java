package io.touchpointhub.routes.identity;

import io.touchpointhub.identity.matching.ModelTraining;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Estimates the live matcher's m and u from a sample of profiles shortly after start-up and then
 * periodically (the documented defaults stay in use until enough profiles exist). The start-up estimate
 * is skipped while the stored one is younger than the interval and the profiles have not grown much
 * since. A failed estimate keeps the weights in use and is tried again at the next period.
 */
@Component
@ConditionalOnProperty(name = "hub.identity.matching.enabled", havingValue = "true", matchIfMissing = true)
class MatchModelTrainRoute extends RouteBuilder {

    private final ModelTraining training;
    private final MatchingProperties properties;

    MatchModelTrainRoute(ModelTraining training, MatchingProperties properties) {
        this.training = training;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("timer:match-model-train?delay=" + properties.trainingDelay().toMillis()
                + "&period=" + properties.trainingInterval().toMillis())
                .routeId("match-model-train")
                .onException(Exception.class).handled(true)
                    .log(LoggingLevel.WARN, "Estimating the matching weights failed (${exception.class}); "
                            + "the weights in use are kept")
                .end()
                .process(exchange -> {
                    if (exchange.getProperty(Exchange.TIMER_COUNTER, 1L, Long.class) <= 1) {
                        training.retrainUnlessRecent(properties.trainingInterval(), properties.trainingGrowth());
                    } else {
                        training.retrain();
                    }
                })
                .id("match-model-retrain");
    }
}
