package io.touchpointhub.routes.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.touchpointhub.identity.pipeline.IndexStage;
import io.touchpointhub.identity.pipeline.Stages;
import io.touchpointhub.search.index.CatchUpRefresh;
import io.touchpointhub.search.index.HubIndices;
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
    private final CatchUpRefresh refresh;

    IndexStageRoute(IndexStage stage, SearchReadModelWriter writer, PipelineProperties properties, HubIndices indices,
                    MeterRegistry meters) {
        this.stage = stage;
        this.writer = writer;
        this.properties = properties;
        this.refresh = new CatchUpRefresh(indices, properties.catchUpRefreshInterval());
        this.indexed = Counter.builder("hub.pipeline.processed").tag("stage", Stages.INDEX)
                .description("Work items written to the read models").register(meters);
    }

    @Override
    public void configure() {
        // one route per instance: index writers take turns across instances anyway (IndexStage)
        from("timer:index-stage?delay=1000&period=" + properties.pollInterval().toMillis())
                .routeId(ROUTE_ID)
                .routeConfigurationId(PipelineErrorPolicy.ID)
                .process(exchange -> indexed.increment(StageWorker.drain(max -> {
                    int written = stage.runOnce(max, writer);
                    refresh.afterBatch(written, max);
                    return written;
                }, properties.indexBatchSize())))
                .id("index-write");
    }
}
