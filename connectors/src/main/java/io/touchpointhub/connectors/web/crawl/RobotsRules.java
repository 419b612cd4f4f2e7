package io.touchpointhub.connectors.web.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.touchpointhub.connectors.ConnectorException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robots.txt rules of each origin (scheme, host, port), fetched on first use and trusted for a
 * while (RFC 9309 §2.4 asks for at most 24 hours). Per RFC 9309 §2.3.1: a 4xx answer means no rules
 * (allow all); a 5xx answer or an unreachable server means disallow all, remembered only briefly so
 * the host is asked again soon. A {@code Crawl-delay} above crawler-commons' maximum (5 minutes)
 * disallows the host, as crawler-commons decides.
 */
final class RobotsRules {

    private static final Logger LOG = LoggerFactory.getLogger(RobotsRules.class);
    /** How long a failed robots.txt fetch (5xx, network error) keeps the host disallowed. */
    private static final Duration FAILURE_TTL = Duration.ofMinutes(1);

    /** Fetches one robots.txt; the fetcher supplies it, with the same guard, throttle and limits. */
    @FunctionalInterface
    interface Source {
        /**
         * @return the answer; a network failure is reported as {@link ConnectorException}
         */
        Answer fetch(HttpUrl robotsUrl);
    }

    /** A robots.txt answer: the final status and, for 2xx, the (possibly truncated) body. */
    record Answer(int status, byte[] body, String contentType) {
    }

    private record Entry(BaseRobotRules rules, Instant expires) {
    }

    private final Source source;
    private final Duration ttl;
    private final Clock clock;
    private final List<String> robotNames;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    RobotsRules(Source source, Duration ttl, Clock clock, String robotName) {
        this.source = source;
        this.ttl = ttl;
        this.clock = clock;
        this.robotNames = List.of(robotName);
    }

    /** The rules that apply to {@code url}, fetching its origin's robots.txt when not known or expired. */
    BaseRobotRules rulesFor(HttpUrl url) {
        String origin = url.scheme() + "://" + url.host() + ":" + url.port();
        Instant now = clock.instant();
        Entry entry = cache.get(origin);
        if (entry == null || !now.isBefore(entry.expires())) {
            entry = load(url.resolve("/robots.txt"), now);
            cache.put(origin, entry);
        }
        return entry.rules();
    }

    /** Crawl-delay of the rules, zero when robots.txt sets none. */
    static Duration crawlDelay(BaseRobotRules rules) {
        long millis = rules.getCrawlDelay();
        return millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO;
    }

    private Entry load(HttpUrl robotsUrl, Instant now) {
        Answer answer;
        try {
            answer = source.fetch(robotsUrl);
        } catch (RefusedUrlException e) {
            throw e;
        } catch (ConnectorException e) {
            LOG.info("robots.txt of {} is unreachable ({}); the host counts as disallowed for now",
                    robotsUrl.host(), e.getClass().getSimpleName());
            return new Entry(parser.failedFetch(503), now.plus(shorter(FAILURE_TTL)));
        }
        if (answer.status() >= 200 && answer.status() < 300) {
            return new Entry(parser.parseContent(robotsUrl.toString(), answer.body(), answer.contentType(), robotNames),
                    now.plus(ttl));
        }
        BaseRobotRules rules = parser.failedFetch(answer.status());
        boolean serverError = answer.status() >= 500 || rules.isAllowNone();
        if (serverError) {
            LOG.info("robots.txt of {} answered {}; the host counts as disallowed for now",
                    robotsUrl.host(), answer.status());
        }
        return new Entry(rules, now.plus(serverError ? shorter(FAILURE_TTL) : ttl));
    }

    private Duration shorter(Duration other) {
        return other.compareTo(ttl) < 0 ? other : ttl;
    }
}
