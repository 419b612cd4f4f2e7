package io.touchpointhub.routes.social;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

/** The timer that starts a source's polls: its own timer (and thread) per source, fixed delay between polls. */
final class SocialTimers {

    private SocialTimers() {
    }

    static RouteDefinition from(RouteBuilder builder, SourcePoller poller) {
        long period = poller.interval().toMillis();
        return builder.from("timer:" + poller.routeId() + "?delay=" + Math.min(1000, period) + "&period=" + period)
                .routeId(poller.routeId())
                .routeConfigurationId(SocialErrorPolicy.ID);
    }
}
