package io.touchpointhub.routes.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.touchpointhub.connectors.web.crawl.CrawlPayloads;
import io.touchpointhub.connectors.web.crawl.CrawlReader;
import io.touchpointhub.connectors.web.crawl.CrawlSettings;
import io.touchpointhub.connectors.web.crawl.CrawledItemMapper;
import io.touchpointhub.connectors.web.crawl.DocumentKind;
import io.touchpointhub.connectors.web.crawl.HostThrottle;
import io.touchpointhub.connectors.web.crawl.PoliteFetcher;
import io.touchpointhub.connectors.web.crawl.WebDocumentMapper;
import io.touchpointhub.identity.store.SourceCursors;
import io.touchpointhub.routes.channels.ChannelIntake;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The crawl channel's beans. The mappers exist whether or not a site is configured, so dead letters of
 * a site that was removed can still be replayed; the fetcher's client opens nothing until used.
 */
@Configuration(proxyBeanMethods = false)
class WebCrawlConfiguration {

    @Bean
    CrawlPayloads crawlPayloads(ObjectMapper json) {
        return new CrawlPayloads(json);
    }

    @Bean
    CrawlReader crawlReader() {
        return new CrawlReader();
    }

    @Bean
    CrawledItemMapper webFeedItemMapper(CrawlPayloads payloads, Clock clock) {
        return new CrawledItemMapper(DocumentKind.FEED, payloads, clock);
    }

    @Bean
    CrawledItemMapper webPagePostMapper(CrawlPayloads payloads, Clock clock) {
        return new CrawledItemMapper(DocumentKind.PAGE, payloads, clock);
    }

    @Bean
    WebDocumentMapper webDocumentMapper(CrawlPayloads payloads, CrawlReader reader, Clock clock) {
        return new WebDocumentMapper(payloads, reader, clock);
    }

    /** The configured sites, checked before any route starts. */
    @Bean
    WebCrawlSite.All webCrawlSites(WebCrawlProperties properties) {
        return WebCrawlSite.All.of(properties);
    }

    @Bean(destroyMethod = "close")
    PoliteFetcher politeFetcher(WebCrawlProperties properties, Clock clock) {
        try {
            return new PoliteFetcher(settings(properties), clock, HostThrottle.Sleeper.system());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("hub.web.crawl.allowed-hosts: " + e.getMessage(), e);
        }
    }

    @Bean
    WebCrawler webCrawler(PoliteFetcher fetcher, CrawlReader reader, CrawlPayloads payloads, ChannelIntake intake,
                          SourceCursors cursors, ObjectMapper json, MeterRegistry meters) {
        return new WebCrawler(fetcher, reader, payloads, intake, new CrawlCursors(cursors, json), meters);
    }

    static CrawlSettings settings(WebCrawlProperties p) {
        return new CrawlSettings(p.userAgent(), p.maxBodySize().toBytes(), p.timeouts().connect(), p.timeouts().read(),
                p.timeouts().call(), p.perHostDelay(), p.robotsCacheTtl(), p.allowPrivateNetworks(), p.allowedHosts());
    }
}
