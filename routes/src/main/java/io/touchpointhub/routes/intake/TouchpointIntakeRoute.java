package io.touchpointhub.routes.intake;

import io.touchpointhub.identity.store.TouchpointLog;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The one way into the system of record for every channel: a list of touchpoints is appended to the
 * touchpoint log (idempotently, in one transaction) and queued for identity resolution.
 */
@Component
class TouchpointIntakeRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:touchpoint-intake";

    private final TouchpointLog log;

    TouchpointIntakeRoute(TouchpointLog log) {
        this.log = log;
    }

    @Override
    public void configure() {
        from(ENDPOINT).routeId("touchpoint-intake")
                .bean(log, "appendAll").id("touchpoint-append");
    }
}
