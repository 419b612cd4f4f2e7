package io.touchpointhub.routes.crawl;

import io.touchpointhub.connectors.web.crawl.CrawlSite;
import io.touchpointhub.connectors.web.crawl.SiteSelectors;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One configured site, checked at start-up: a name fit for a route id, at least one feed or page, only
 * absolute http(s) URLs, and selectors that can work when it has pages. A mistake fails the start with
 * a message naming the property.
 */
record WebCrawlSite(CrawlSite site, List<String> feeds, List<String> pages, Duration pollInterval) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    String name() {
        return site.name();
    }

    /** Every configured site, in configuration order. */
    record All(List<WebCrawlSite> sites) {

        static All of(WebCrawlProperties properties) {
            List<WebCrawlSite> sites = new ArrayList<>();
            for (Map.Entry<String, WebCrawlProperties.Site> entry : properties.sites().entrySet()) {
                sites.add(WebCrawlSite.of(entry.getKey(), entry.getValue()));
            }
            return new All(List.copyOf(sites));
        }
    }

    static WebCrawlSite of(String name, WebCrawlProperties.Site config) {
        String prefix = "hub.web.crawl.sites." + name;
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException(prefix + ": a site name must be lower-case letters, digits and dashes");
        }
        if (config.feeds().isEmpty() && config.pages().isEmpty()) {
            throw new IllegalStateException(prefix + ": set feeds or pages (or both)");
        }
        if (config.pollInterval().isNegative() || config.pollInterval().isZero()) {
            throw new IllegalStateException(prefix + ".poll-interval must be positive");
        }
        WebCrawlProperties.Selectors s = config.selectors();
        SiteSelectors selectors = new SiteSelectors(s.post(), s.author(), s.date(), s.dateFormat(), s.text(),
                s.link(), s.title());
        if (!config.pages().isEmpty()) {
            validate(() -> selectors.validate(prefix + ".selectors"));
        }
        CrawlSite site = validate(() -> new CrawlSite(name, config.type(), config.timeZone(), selectors),
                prefix + ".time-zone");
        return new WebCrawlSite(site, urls(prefix + ".feeds", config.feeds()), urls(prefix + ".pages", config.pages()),
                config.pollInterval());
    }

    private static List<String> urls(String property, List<URI> uris) {
        List<String> urls = new ArrayList<>(uris.size());
        for (int i = 0; i < uris.size(); i++) {
            URI uri = uris.get(i);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new IllegalStateException(property + "[" + i + "] must be an absolute http or https URL");
            }
            urls.add(uri.toString());
        }
        return List.copyOf(urls);
    }

    private static void validate(Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static CrawlSite validate(Supplier<CrawlSite> build, String property) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + ": " + e.getMessage(), e);
        }
    }
}
