package io.touchpointhub.routes.pipeline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.touchpointhub.identity.pipeline.PipelineBacklog;
import io.touchpointhub.identity.pipeline.Stages;
import java.util.Map;
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

    PipelineHealthIndicator(PipelineBacklog backlog, MeterRegistry meters) {
        super("Pipeline health check failed");
        this.backlog = backlog;
        for (String stage : new String[] {Stages.IDENTIFY, Stages.INDEX, Stages.ANALYSE}) {
            Gauge.builder("hub.pipeline.backlog", backlog, b -> b.pending().getOrDefault(stage, 0L))
                    .tag("stage", stage).description("Work waiting for this stage").register(meters);
        }
        Gauge.builder("hub.pipeline.dead-letters", backlog, b -> b.pending().getOrDefault(PipelineBacklog.DEAD_LETTERS, 0L))
                .description("Dead letters waiting for replay").register(meters);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Long> pending = backlog.pending();
        builder.up()
                .withDetail("backlog", pending)
                .withDetail("deadLetters", pending.getOrDefault(PipelineBacklog.DEAD_LETTERS, 0L));
    }
}
