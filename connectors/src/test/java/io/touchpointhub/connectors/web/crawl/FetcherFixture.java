package io.touchpointhub.connectors.web.crawl;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared set-up of the fetcher tests: a MockWebServer on 127.0.0.1 (which the settings allow by name,
 * the private-network allowance for the test server only), answers by path, a manual clock and a
 * sleeper that records waits and moves the clock instead of sleeping.
 */
abstract class FetcherFixture {

    protected final MockWebServer server = new MockWebServer();
    protected final ManualClock clock = new ManualClock(ManualClock.START);
    protected final List<Duration> waits = new CopyOnWriteArrayList<>();
    protected final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Function<RecordedRequest, MockResponse>> answers = new ConcurrentHashMap<>();
    protected PoliteFetcher fetcher;

    @BeforeEach
    void startServer() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                String path = request.getPath() == null ? "/" : request.getPath();
                return answers.entrySet().stream().filter(e -> path.equals(e.getKey())).findFirst()
                        .map(e -> e.getValue().apply(request))
                        .orElseGet(() -> new MockResponse().setResponseCode(404));
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        fetcher = fetcher(settings());
    }

    @AfterEach
    void stopServer() throws IOException {
        fetcher.close();
        server.shutdown();
    }

    /** Defaults, but the test server is allowed by name and waits and reads are short. */
    protected CrawlSettings settings() {
        return settings(Duration.ofSeconds(1), 5L * 1024 * 1024, Duration.ofSeconds(5), List.of("127.0.0.1"));
    }

    protected static CrawlSettings settings(Duration perHostDelay, long maxBodyBytes, Duration readTimeout,
                                            List<String> allowedHosts) {
        return new CrawlSettings(CrawlSettings.DEFAULT_USER_AGENT, maxBodyBytes, Duration.ofSeconds(2), readTimeout,
                Duration.ofSeconds(10), perHostDelay, Duration.ofHours(1), false, allowedHosts);
    }

    /** Replaces the fetcher of this test with one of other settings. */
    protected void use(CrawlSettings settings) {
        fetcher.close();
        fetcher = fetcher(settings);
    }

    protected PoliteFetcher fetcher(CrawlSettings settings) {
        return new PoliteFetcher(settings, clock, d -> {
            waits.add(d);
            clock.advance(d);
        });
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    protected void answer(String path, MockResponse response) {
        answers.put(path, request -> response);
    }

    protected void answer(String path, Function<RecordedRequest, MockResponse> handler) {
        answers.put(path, handler);
    }

    protected void robots(String rules) {
        answer("/robots.txt", new MockResponse().setHeader("Content-Type", "text/plain").setBody(rules));
    }

    protected static MockResponse feed(String body) {
        return new MockResponse().setHeader("Content-Type", "application/rss+xml; charset=UTF-8").setBody(body);
    }

    protected List<String> paths() {
        List<String> paths = new ArrayList<>();
        requests.forEach(r -> paths.add(r.getPath()));
        return paths;
    }
}
