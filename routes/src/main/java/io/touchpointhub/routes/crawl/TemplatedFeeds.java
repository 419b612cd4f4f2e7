package io.touchpointhub.routes.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Feeds of channels made from the {@code hub-read-feed} route template: the same polite, conditional,
 * SSRF-guarded crawl as a configured site, for a source defined in a channel's YAML file.
 */
@Component
public class TemplatedFeeds {

    private final WebCrawler crawler;

    TemplatedFeeds(WebCrawler crawler) {
        this.crawler = crawler;
    }

    /**
     * @param source the source name (lower-case letters, digits and dashes)
     * @param feed   the RSS or Atom feed's URL
     * @param type   the touchpoint type of its items ({@code post}, {@code article}, {@code review} ...)
     * @return one poll of the feed; it throws only when storage fails (the next poll tries again)
     * @throws IllegalStateException when the parameters do not make a valid site
     */
    public Runnable poller(String source, URI feed, String type) {
        WebCrawlSite site = WebCrawlSite.of(source, new WebCrawlProperties.Site(List.of(feed), List.of(),
                Duration.ofMinutes(15), type, "UTC",
                new WebCrawlProperties.Selectors(null, null, null, null, null, null, null)));
        return () -> crawler.crawl(site);
    }
}
