package io.touchpointhub.connectors.web.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the crawler behaves towards every site: who it says it is, how much it reads, how long it
 * waits, how often it may ask one host, and which private networks it may reach.
 *
 * @param userAgent            sent with every request; its product token (before the first {@code /})
 *                             is the name matched against robots.txt {@code User-agent} lines
 * @param maxBodyBytes         a longer body is cut off and the fetch fails
 * @param connectTimeout       to open a connection
 * @param readTimeout          between two reads
 * @param callTimeout          for a whole request, body included
 * @param perHostDelay         minimum time between two requests to one host
 * @param robotsTtl            how long a host's robots.txt is trusted before it is fetched again
 * @param allowPrivateNetworks see {@link NetworkGuard}
 * @param allowedHosts         see {@link NetworkGuard}
 */
public record CrawlSettings(
        String userAgent,
        long maxBodyBytes,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        Duration perHostDelay,
        Duration robotsTtl,
        boolean allowPrivateNetworks,
        List<String> allowedHosts) {

    public static final String DEFAULT_USER_AGENT =
            "TouchpointHub/0.1 (+https://github.com/touchpointhub/touchpoint-hub)";

    public CrawlSettings {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(perHostDelay, "perHostDelay");
        Objects.requireNonNull(robotsTtl, "robotsTtl");
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    }

    /** Sensible settings for public sites: 5 MB, 5 s / 15 s / 30 s, 1 s per host, robots.txt for an hour. */
    public static CrawlSettings defaults() {
        return new CrawlSettings(DEFAULT_USER_AGENT, 5L * 1024 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofHours(1), false, List.of());
    }

    /** The robots.txt name of this crawler: the user agent's product token, lower-cased. */
    public String robotName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(java.util.Locale.ROOT);
    }
}
