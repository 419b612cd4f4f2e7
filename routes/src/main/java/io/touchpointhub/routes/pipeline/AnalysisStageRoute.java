package io.touchpointhub.routes.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.touchpointhub.identity.pipeline.AnalysisStage;
import io.touchpointhub.identity.pipeline.Stages;
import io.touchpointhub.routes.listening.ListeningProperties;
import io.touchpointhub.routes.listening.TouchpointTextAnalyzer;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The NLP stage: analyses the text of new touchpoints and tags them with tracked topics, beside the
 * identity stage; the index stage then writes the result (docs/listening.md). Off with
 * {@code hub.listening.stage: false} (text touchpoints then wait in {@code analyse_task}).
 */
@Component
class AnalysisStageRoute extends RouteBuilder {

    private final AnalysisStage stage;
    private final TouchpointTextAnalyzer analyzer;
    private final ListeningProperties listening;
    private final PipelineProperties pipeline;
    private final Counter analysed;

    AnalysisStageRoute(AnalysisStage stage, TouchpointTextAnalyzer analyzer, ListeningProperties listening,
                       PipelineProperties pipeline, MeterRegistry meters) {
        this.stage = stage;
        this.analyzer = analyzer;
        this.listening = listening;
        this.pipeline = pipeline;
        this.analysed = Counter.builder("hub.pipeline.processed").tag("stage", Stages.ANALYSE)
                .description("Touchpoints whose text was analysed").register(meters);
    }

    @Override
    public void configure() {
        if (!listening.stage()) {
            return;
        }
        for (int worker = 1; worker <= listening.workers(); worker++) {
            from("timer:analyse-stage-" + worker + "?delay=1000&period=" + pipeline.pollInterval().toMillis())
                    .routeId("analyse-stage-" + worker)
                    .routeConfigurationId(PipelineErrorPolicy.ID)
                    .process(exchange -> analysed.increment(StageWorker.drain(
                            max -> stage.runOnce(max, analyzer.withCurrentTopics()), listening.batchSize())))
                    .id("analyse-text-" + worker);
        }
    }
}
