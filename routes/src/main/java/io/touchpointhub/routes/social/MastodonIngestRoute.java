package io.touchpointhub.routes.social;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Mastodon sources: one timer route per source ({@code social-mastodon-<source>}), so each polls on its
 * own thread at its own interval and a slow instance delays nobody else.
 */
@Component
class MastodonIngestRoute extends RouteBuilder {

    private final MastodonSources sources;

    MastodonIngestRoute(MastodonSources sources) {
        this.sources = sources;
    }

    @Override
    public void configure() {
        for (SourcePoller poller : sources.pollers()) {
            SocialTimers.from(this, poller).bean(poller, "pollOnce").id(poller.routeId() + "-poll");
        }
    }
}
