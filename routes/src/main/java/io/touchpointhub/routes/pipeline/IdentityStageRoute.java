package io.touchpointhub.routes.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.touchpointhub.identity.pipeline.Stages;
import io.touchpointhub.identity.resolve.IdentityStage;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Stage 2: resolves queued touchpoints to unique profiles. Each worker claims its own batch with
 * {@code FOR UPDATE SKIP LOCKED}, so workers and hub instances share the queue without coordination.
 */
@Component
class IdentityStageRoute extends RouteBuilder {

    private final IdentityStage stage;
    private final PipelineProperties properties;
    private final Counter resolved;

    IdentityStageRoute(IdentityStage stage, PipelineProperties properties, MeterRegistry meters) {
        this.stage = stage;
        this.properties = properties;
        this.resolved = Counter.builder("hub.pipeline.processed").tag("stage", Stages.IDENTIFY)
                .description("Touchpoints resolved to a profile").register(meters);
    }

    @Override
    public void configure() {
        for (int worker = 1; worker <= properties.identityWorkers(); worker++) {
            from("timer:identity-stage-" + worker + "?delay=1000&period=" + properties.pollInterval().toMillis())
                    .routeId("identity-stage-" + worker)
                    .routeConfigurationId(PipelineErrorPolicy.ID)
                    .process(exchange -> resolved.increment(
                            StageWorker.drain(stage::runOnce, properties.identifyBatchSize())))
                    .id("identity-resolve-" + worker);
        }
    }
}
