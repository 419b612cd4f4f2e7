package io.touchpointhub.routes.crawl;

import io.touchpointhub.connectors.web.crawl.CrawlSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The public-web listening channel: feeds and pages of configured sites, fetched politely on a
 * schedule ({@code hub.web.crawl.sites.<name>...}). No site by default: nothing is fetched until one
 * is configured.
 *
 * @param userAgent            sent with every request; its first word is the robots.txt name
 * @param maxBodySize          a longer document is cut off and skipped
 * @param timeouts             connect, read and whole-call limits of one request
 * @param perHostDelay         minimum time between two requests to one host (robots.txt Crawl-delay wins
 *                             when longer)
 * @param robotsCacheTtl       how long a host's robots.txt is trusted (RFC 9309: at most 24 h)
 * @param allowPrivateNetworks let the crawler reach loopback and private networks (never metadata)
 * @param allowedHosts         host names / IP literals as in URLs, or CIDR blocks, reachable even when
 *                             private
 * @param sites                the sites to listen to, by name (the touchpoints' source)
 */
@Validated
@ConfigurationProperties("hub.web.crawl")
public record WebCrawlProperties(
        @DefaultValue(CrawlSettings.DEFAULT_USER_AGENT) @NotBlank String userAgent,
        @DefaultValue("5MB") @NotNull DataSize maxBodySize,
        @DefaultValue @Valid Timeouts timeouts,
        @DefaultValue("2s") @NotNull Duration perHostDelay,
        @DefaultValue("1h") @NotNull Duration robotsCacheTtl,
        @DefaultValue("false") boolean allowPrivateNetworks,
        @DefaultValue List<String> allowedHosts,
        @DefaultValue Map<String, @Valid Site> sites) {

    /** Limits of one request. */
    public record Timeouts(@DefaultValue("5s") @NotNull Duration connect,
                           @DefaultValue("15s") @NotNull Duration read,
                           @DefaultValue("30s") @NotNull Duration call) {
    }

    /**
     * One site: its feeds and/or pages, how often they are polled, and how its pages are read.
     *
     * @param type      touchpoint type of its items; {@code article} for feed items and {@code post}
     *                  for page posts when not set ({@code review} suits review pages)
     * @param timeZone  zone of dates the site shows without an offset
     * @param selectors where the posts of its pages are; required when {@code pages} is set
     */
    public record Site(@DefaultValue List<URI> feeds,
                       @DefaultValue List<URI> pages,
                       @DefaultValue("15m") @NotNull Duration pollInterval,
                       String type,
                       @DefaultValue("UTC") String timeZone,
                       @DefaultValue Selectors selectors) {
    }

    /** CSS selectors of a site's pages; see {@link io.touchpointhub.connectors.web.crawl.SiteSelectors}. */
    public record Selectors(String post, String author, String date, String dateFormat, String text, String link,
                            String title) {
    }
}
