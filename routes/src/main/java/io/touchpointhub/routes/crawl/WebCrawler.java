package io.touchpointhub.routes.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.touchpointhub.connectors.ConnectorException;
import io.touchpointhub.connectors.web.crawl.CrawlPayloads;
import io.touchpointhub.connectors.web.crawl.CrawlReader;
import io.touchpointhub.connectors.web.crawl.CrawledItem;
import io.touchpointhub.connectors.web.crawl.DocumentKind;
import io.touchpointhub.connectors.web.crawl.FetchResult;
import io.touchpointhub.connectors.web.crawl.PoliteFetcher;
import io.touchpointhub.connectors.web.crawl.Validators;
import io.touchpointhub.connectors.web.crawl.WebDocumentMapper;
import io.touchpointhub.model.Channel;
import io.touchpointhub.routes.channels.ChannelIntake;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one site: each feed and page is fetched (politely, conditionally), its items go to
 * intake one payload each, and only then are the URL's validators saved, so a crash in between
 * fetches the document again and intake's idempotent keys keep its items once. A document that fails
 * (refused, too large, 4xx, 5xx, timeout) is logged and skipped until the next poll, without holding
 * up the site's other documents; storage failures end the poll.
 */
class WebCrawler {

    private static final Logger LOG = LoggerFactory.getLogger(WebCrawler.class);

    private final PoliteFetcher fetcher;
    private final CrawlReader reader;
    private final CrawlPayloads payloads;
    private final ChannelIntake intake;
    private final CrawlCursors cursors;
    private final MeterRegistry meters;
    /** URLs whose last poll failed or was disallowed: a repeat is logged at debug, not every poll. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    WebCrawler(PoliteFetcher fetcher, CrawlReader reader, CrawlPayloads payloads, ChannelIntake intake,
               CrawlCursors cursors, MeterRegistry meters) {
        this.fetcher = fetcher;
        this.reader = reader;
        this.payloads = payloads;
        this.intake = intake;
        this.cursors = cursors;
        this.meters = meters;
    }

    /** Polls every feed, then every page, of {@code site}. */
    void crawl(WebCrawlSite site) {
        site.feeds().forEach(url -> crawl(site, DocumentKind.FEED, url));
        site.pages().forEach(url -> crawl(site, DocumentKind.PAGE, url));
    }

    private void crawl(WebCrawlSite site, DocumentKind kind, String url) {
        Validators previous = cursors.load(site.name(), url);
        FetchResult result = fetch(site, url, previous);
        if (result == null) {
            return;
        }
        count(site, result.outcome().name().toLowerCase(Locale.ROOT));
        if (result.outcome() == FetchResult.Outcome.DISALLOWED) {
            if (reported.add("disallowed " + url)) {
                LOG.info("Site {}: robots.txt disallows {}; not fetched while it does", site.name(), result.url());
            }
            return;
        }
        reported.remove("disallowed " + url);
        if (result.outcome() == FetchResult.Outcome.FETCHED) {
            ingest(site, kind, result);
        } else {
            LOG.debug("Site {}: {} has not changed", site.name(), url);
        }
        if (!result.validators().equals(previous)) {
            cursors.save(site.name(), url, result.validators());
        }
    }

    /** The fetch, or {@code null} when it failed: logged once while it keeps failing, counted every time. */
    private FetchResult fetch(WebCrawlSite site, String url, Validators previous) {
        try {
            FetchResult result = fetcher.fetch(url, previous);
            if (reported.remove("failed " + url)) {
                LOG.info("Site {}: {} can be fetched again", site.name(), url);
            }
            return result;
        } catch (ConnectorException e) {
            count(site, "failed");
            if (reported.add("failed " + url)) {
                LOG.warn("Site {}: {} skipped until a later poll ({}: {})", site.name(), url,
                        e.getClass().getSimpleName(), e.getMessage());
            } else {
                LOG.debug("Site {}: {} still failing ({})", site.name(), url, e.getClass().getSimpleName());
            }
            return null;
        }
    }

    private void ingest(WebCrawlSite site, DocumentKind kind, FetchResult result) {
        CrawlReader.Reading reading = reader.read(site.site(), kind, result.url(), result.body(), result.charset());
        if (!reading.readable()) {
            ChannelIntake.Outcome outcome = intake.accept(Channel.WEB, site.name(), WebDocumentMapper.FORMAT,
                    payloads.write(reading.unreadable()));
            LOG.warn("Site {}: {} gave no items ({}); kept as dead letter {}", site.name(), result.url(),
                    reading.reason(), outcome.deadLetterId());
            return;
        }
        int stored = 0;
        int deadLettered = 0;
        for (CrawledItem item : reading.items()) {
            ChannelIntake.Outcome outcome = intake.accept(Channel.WEB, site.name(), kind.itemFormat(), payloads.write(item));
            stored += outcome.touchpoints();
            deadLettered += outcome.deadLettered() ? 1 : 0;
        }
        meters.counter("hub.web.crawl.items", "site", site.name(), "result", "stored").increment(stored);
        meters.counter("hub.web.crawl.items", "site", site.name(), "result", "dead-lettered").increment(deadLettered);
        LOG.info("Site {}: {} gave {} items, {} dead letters", site.name(), result.url(), stored, deadLettered);
    }

    private void count(WebCrawlSite site, String outcome) {
        meters.counter("hub.web.crawl.documents", "site", site.name(), "outcome", outcome).increment();
    }
}
