package io.touchpointhub.connectors.web.crawl;

import crawlercommons.robots.BaseRobotRules;
import io.touchpointhub.connectors.ConnectorException;
import io.touchpointhub.connectors.TransientConnectorException;
import java.io.IOException;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches public web documents the polite way: robots.txt obeyed, one request per host at a time
 * with a minimum delay, an identifying User-Agent, conditional GETs, bounded bodies and timeouts, and
 * the {@link NetworkGuard} checked on every hop of every redirect. One instance (one OkHttp client, one
 * connection pool) serves every site; it is thread-safe.
 *
 * <p>Failures: {@link RefusedUrlException} (guard), {@link DocumentTooLargeException}, and
 * {@link TransientConnectorException} for what may pass on the next poll (timeouts, refused
 * connections, 429, 5xx); other 4xx answers are a plain {@link ConnectorException}.
 */
public final class PoliteFetcher implements AutoCloseable {

    /** RFC 9309 §2.3.1.2 asks crawlers to follow at least five redirects for robots.txt; pages get as many. */
    static final int MAX_REDIRECTS = 5;
    /** RFC 9309 §2.5: crawlers must parse at least 500 KiB of a robots.txt; the rest may be ignored. */
    static final long ROBOTS_LIMIT = 512 * 1024;
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    private final CrawlSettings settings;
    private final NetworkGuard guard;
    private final HostThrottle throttle;
    private final RobotsRules robots;
    private final OkHttpClient client;

    public PoliteFetcher(CrawlSettings settings, Clock clock, HostThrottle.Sleeper sleeper) {
        this(settings, clock, sleeper, Dns.SYSTEM);
    }

    /** @param dns resolves names before the guard filters the answers (tests give fixed answers) */
    PoliteFetcher(CrawlSettings settings, Clock clock, HostThrottle.Sleeper sleeper, Dns dns) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guard = new NetworkGuard(settings.allowPrivateNetworks(), settings.allowedHosts());
        this.throttle = new HostThrottle(settings.perHostDelay(), clock, sleeper);
        this.robots = new RobotsRules(this::fetchRobots, settings.robotsTtl(), clock, settings.robotName());
        this.client = new OkHttpClient.Builder()
                .dns(new GuardedDns(dns, guard))
                // a proxy would resolve names itself and bypass the guard
                .proxy(Proxy.NO_PROXY)
                // redirects are followed here, so that every hop meets the guard and robots.txt
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .build();
    }

    /**
     * Fetches {@code url} unless robots.txt disallows it, sending the validators of the last fetch.
     *
     * @param previous what was remembered of the last processed version, {@link Validators#NONE} at first
     */
    public FetchResult fetch(String url, Validators previous) {
        HttpUrl current = parse(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            guard.checkUrl(current);
            BaseRobotRules rules = robots.rulesFor(current);
            if (!rules.isAllowed(current.toString())) {
                return FetchResult.disallowed(current.toString(), previous);
            }
            Request request = conditional(request(current), previous);
            try (Response response = execute(request, RobotsRules.crawlDelay(rules))) {
                if (response.isRedirect()) {
                    current = redirectTarget(current, response);
                    continue;
                }
                return answer(current, response, previous);
            } catch (IOException e) {
                throw failure(current, e);
            }
        }
        throw new ConnectorException("More than " + MAX_REDIRECTS + " redirects from " + url);
    }

    private FetchResult answer(HttpUrl url, Response response, Validators previous) throws IOException {
        int status = response.code();
        Validators validators = new Validators(response.header("ETag"), response.header("Last-Modified"), null);
        if (status == 304) {
            return new FetchResult(FetchResult.Outcome.NOT_MODIFIED, url.toString(), null, null,
                    validators.orElse(previous));
        }
        if (status == 429 || status >= 500) {
            throw new TransientConnectorException("HTTP " + status + " from " + url);
        }
        if (status < 200 || status >= 300) {
            throw new ConnectorException("HTTP " + status + " from " + url);
        }
        ResponseBody body = response.body();
        byte[] bytes = body == null ? new byte[0] : ResponseBodies.readAtMost(body, settings.maxBodyBytes());
        if (bytes == null) {
            throw new DocumentTooLargeException(url.toString(), settings.maxBodyBytes());
        }
        String digest = ResponseBodies.sha256(bytes);
        validators = new Validators(validators.etag(), validators.lastModified(), digest);
        FetchResult.Outcome outcome = digest.equals(previous.digest())
                ? FetchResult.Outcome.UNCHANGED : FetchResult.Outcome.FETCHED;
        return new FetchResult(outcome, url.toString(), bytes, body == null ? null : ResponseBodies.charset(body),
                validators);
    }

    /** robots.txt of one origin, for {@link RobotsRules}: guarded, throttled, redirects followed, body cut. */
    private RobotsRules.Answer fetchRobots(HttpUrl robotsUrl) {
        HttpUrl current = robotsUrl;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            guard.checkUrl(current);
            try (Response response = execute(request(current).newBuilder().header("Accept", "text/plain").build(),
                    Duration.ZERO)) {
                if (!response.isRedirect()) {
                    ResponseBody body = response.body();
                    boolean success = response.isSuccessful() && body != null;
                    byte[] bytes = success ? ResponseBodies.readTruncated(body, ROBOTS_LIMIT) : new byte[0];
                    return new RobotsRules.Answer(response.code(), bytes, response.header("Content-Type"));
                }
                current = redirectTarget(current, response);
            } catch (IOException e) {
                throw failure(current, e);
            }
        }
        // RFC 9309 §2.3.1.2: beyond the redirects followed, robots.txt counts as unavailable (4xx)
        return new RobotsRules.Answer(404, new byte[0], null);
    }

    private Response execute(Request request, Duration crawlDelay) throws IOException {
        throttle.acquire(request.url().host(), crawlDelay);
        return client.newCall(request).execute();
    }

    private Request request(HttpUrl url) {
        return new Request.Builder().url(url).get()
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .build();
    }

    private static Request conditional(Request request, Validators previous) {
        Request.Builder builder = request.newBuilder();
        if (previous.etag() != null) {
            builder.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            builder.header("If-Modified-Since", previous.lastModified());
        }
        return builder.build();
    }

    private static HttpUrl redirectTarget(HttpUrl from, Response response) {
        String location = response.header("Location");
        if (location == null || location.isBlank()) {
            throw new ConnectorException("HTTP " + response.code() + " without Location from " + from);
        }
        HttpUrl target = from.resolve(location);
        if (target == null) {
            throw new RefusedUrlException(location, "a redirect from " + from + " leads to a non-http(s) URL");
        }
        return target;
    }

    private static HttpUrl parse(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (parsed == null) {
            throw new RefusedUrlException(String.valueOf(url), "only absolute http and https URLs are fetched");
        }
        return parsed;
    }

    private static ConnectorException failure(HttpUrl url, IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof GuardedDns.RefusedAddressException refused) {
                return new RefusedUrlException(url.toString(), "its host resolves only to refused addresses ("
                        + refused.reason() + ")");
            }
        }
        return new TransientConnectorException("Fetching " + url + " failed", e);
    }

    /** Releases the connection pool and the dispatcher's threads. */
    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
