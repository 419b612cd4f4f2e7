package io.touchpointhub.routes.social;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Reddit sources: one timer route per source ({@code social-reddit-<source>}). */
@Component
class RedditIngestRoute extends RouteBuilder {

    private final RedditSources sources;

    RedditIngestRoute(RedditSources sources) {
        this.sources = sources;
    }

    @Override
    public void configure() {
        for (SourcePoller poller : sources.pollers()) {
            SocialTimers.from(this, poller).bean(poller, "pollOnce").id(poller.routeId() + "-poll");
        }
    }
}
