package io.touchpointhub.routes.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.touchpointhub.identity.pipeline.IndexStage;
import io.touchpointhub.identity.pipeline.Stages;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Stage 3: writes resolved touchpoints and changed profiles to the Elasticsearch read models in bulk.
 * Work is removed from the queue only after Elasticsearch accepted it.
 */
@Component
class IndexStageRoute extends RouteBuilder {

    static final String ROUTE_ID = "index-stage";

    private final IndexStage stage;
    private final SearchReadModelWriter writer;
    private final PipelineProperties properties;
    private final Counter indexed;

    IndexStageRoute(IndexStage stage, SearchReadModelWriter writer, PipelineProperties properties, MeterRegistry meters) {
        this.stage = stage;
        this.writer = writer;
        this.properties = properties;
        this.indexed = Counter.builder("hub.pipeline.processed").tag("stage", Stages.INDEX)
                .description("Work items written to the read models").register(meters);
    }

    @Override
    public void configure() {
        // one route per instance: index writers take turns across instances anyway (IndexStage)
        from("timer:index-stage?delay=1000&period=" + properties.pollInterval().toMillis())
                .routeId(ROUTE_ID)
                .routeConfigurationId(PipelineErrorPolicy.ID)
                .process(exchange -> indexed.increment(
                        StageWorker.drain(max -> stage.runOnce(max, writer), properties.indexBatchSize())))
                .id("index-write");
    }
}
