package io.touchpointhub.routes.crawl;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * One timer route per configured site ({@code web-crawl-<site>}), each on its own timer thread, so a
 * site that is slow or down delays only itself (its requests are bounded by the timeouts anyway). No
 * site, no route. A poll that fails outright (storage down) is logged and simply happens again on the
 * next tick: nothing was saved past what intake committed.
 */
@Component
class WebCrawlRoute extends RouteBuilder {

    private final WebCrawlSite.All sites;
    private final WebCrawler crawler;

    WebCrawlRoute(WebCrawlSite.All sites, WebCrawler crawler) {
        this.sites = sites;
        this.crawler = crawler;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.WARN, "io.touchpointhub.routes.crawl",
                        "Crawl ${routeId} stopped early (${exception.class.name}); the next poll tries again");
        for (WebCrawlSite site : sites.sites()) {
            String id = "web-crawl-" + site.name();
            from("timer:" + id + "?delay=1000&period=" + site.pollInterval().toMillis())
                    .routeId(id)
                    .process(exchange -> crawler.crawl(site)).id(id + "-poll");
        }
    }
}
