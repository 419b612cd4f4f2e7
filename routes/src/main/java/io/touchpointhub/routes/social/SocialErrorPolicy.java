package io.touchpointhub.routes.social;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * What reaches a social route is what the poller does not handle itself: a storage failure while
 * ingesting (PostgreSQL down). The poll ends before its cursor moved, so the next tick fetches the same
 * items again and the log's idempotency keeps each once. Logged by class only: messages can carry data.
 */
@Component
class SocialErrorPolicy extends RouteConfigurationBuilder {

    static final String ID = "social-error-policy";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.WARN, "io.touchpointhub.routes.social",
                        "Poll ${routeId} stopped (${exception.class.name}); its cursor did not move and the next poll repeats it");
    }
}
