package io.touchpointhub.routes.pipeline;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The error policy shared by the stage routes. Per-touchpoint failures never reach it: the stages
 * retry those and move them to the dead-letter table themselves. What does reach it is a stage that
 * could not run at all (database down): logged by class only, since messages can carry data, and
 * tried again on the next tick with the work still safely queued in PostgreSQL.
 */
@Component
class PipelineErrorPolicy extends RouteConfigurationBuilder {

    static final String ID = "pipeline-error-policy";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.WARN, "io.touchpointhub.routes.pipeline",
                        "Stage ${routeId} could not run (${exception.class.name}); its work stays queued and is retried");
    }
}
