/**
 * The web channel's listener for public pages: RSS and Atom feeds and HTML pages (forums, review pages,
 * news) fetched politely and read with Jsoup.
 *
 * <p>{@link io.touchpointhub.connectors.web.crawl.PoliteFetcher} fetches (robots.txt, per-host delay,
 * conditional GET, size and time limits, and the SSRF {@link io.touchpointhub.connectors.web.crawl.NetworkGuard}
 * on every redirect hop); {@link io.touchpointhub.connectors.web.crawl.CrawlReader} turns a document into
 * {@link io.touchpointhub.connectors.web.crawl.CrawledItem}s with the site's
 * {@link io.touchpointhub.connectors.web.crawl.SiteSelectors}; the
 * {@link io.touchpointhub.connectors.web.crawl.CrawledItemMapper}s ({@code web-feed-item},
 * {@code web-page-post}) and the {@link io.touchpointhub.connectors.web.crawl.WebDocumentMapper}
 * ({@code web-document}) turn those payloads into touchpoints. Scheduling, cursors and intake belong to
 * {@code routes}.
 */
package io.touchpointhub.connectors.web.crawl;
