package io.touchpointhub.connectors.web.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Fixtures of the crawl tests: documents shaped like real feeds and forums, sites, a clock to move. */
final class CrawlFixtures {

    static final Instant NOW = Instant.parse("2024-09-04T10:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    static final CrawlSite BLOG = new CrawlSite("acme-blog", null, "UTC", SiteSelectors.NONE);
    static final CrawlSite FORUM = new CrawlSite("acme-forum", null, "UTC", new SiteSelectors(
            "div.post", "a.username, a.username-coloured", "p.author time", null, "div.content",
            "p.author a.unread@href", "h3 a"));
    static final CrawlSite REVIEWS = new CrawlSite("brew-reviews", "review", "Europe/Berlin", new SiteSelectors(
            "article.review", ".reviewer", ".review-date", "dd MMM yyyy", ".review-body", null, "h1.product-name"));

    private CrawlFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = CrawlFixtures.class.getResourceAsStream("/crawl/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static CrawlPayloads payloads() {
        return new CrawlPayloads(JSON);
    }
}
