package io.touchpointhub.routes.pipeline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.touchpointhub.identity.pipeline.DeadLetters;
import io.touchpointhub.identity.pipeline.PipelineBacklog;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The pipeline's backlog per stage and its dead letters, in health details and as gauges
 * ({@code hub.pipeline.backlog}, {@code hub.pipeline.dead-letters}).
 */
@Component("pipeline")
class PipelineHealthIndicator extends AbstractHealthIndicator {

    private final PipelineBacklog backlog;
    private final DeadLetters deadLetters;

    PipelineHealthIndicator(PipelineBacklog backlog, DeadLetters deadLetters, MeterRegistry meters) {
        super("Pipeline health check failed");
        this.backlog = backlog;
        this.deadLetters = deadLetters;
        for (String stage : new String[] {"identify", "index"}) {
            Gauge.builder("hub.pipeline.backlog", backlog, b -> b.pending().getOrDefault(stage, 0L))
                    .tag("stage", stage).description("Work waiting for this stage").register(meters);
        }
        Gauge.builder("hub.pipeline.dead-letters", deadLetters, DeadLetters::pendingCount)
                .description("Dead letters waiting for replay").register(meters);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up()
                .withDetail("backlog", backlog.pending())
                .withDetail("deadLetters", deadLetters.pendingCount());
    }
}
