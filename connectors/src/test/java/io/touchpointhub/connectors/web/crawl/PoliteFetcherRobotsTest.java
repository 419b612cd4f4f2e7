package io.touchpointhub.connectors.web.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.connectors.web.crawl.FetchResult.Outcome;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** robots.txt and the per-host delay, as a site sees them: which requests arrive, and the waits between. */
class PoliteFetcherRobotsTest extends FetcherFixture {

    @Test
    void disallowedUrlIsReportedAndNeverRequested() {
        robots("User-agent: *\nDisallow: /private/\n");
        answer("/private/feed.xml", feed("<rss/>"));

        FetchResult result = fetcher.fetch(url("/private/feed.xml"), Validators.NONE);

        assertThat(result.outcome()).isEqualTo(Outcome.DISALLOWED);
        assertThat(paths()).containsExactly("/robots.txt");
    }

    @Test
    void allowedUrlIsFetchedWithTheIdentifyingUserAgent() {
        robots("User-agent: *\nDisallow: /private/\n");
        answer("/feed.xml", feed("<rss version=\"2.0\"><channel/></rss>"));

        FetchResult result = fetcher.fetch(url("/feed.xml"), Validators.NONE);

        assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
        assertThat(new String(result.body())).contains("<channel/>");
        assertThat(paths()).containsExactly("/robots.txt", "/feed.xml");
        assertThat(requests).allSatisfy(r -> assertThat(r.getHeader("User-Agent"))
                .isEqualTo(CrawlSettings.DEFAULT_USER_AGENT));
    }

    @Test
    void rulesNamingThisCrawlerApplyToIt() {
        robots("User-agent: TouchpointHub\nDisallow: /\n\nUser-agent: *\nAllow: /\n");

        assertThat(fetcher.fetch(url("/feed.xml"), Validators.NONE).outcome()).isEqualTo(Outcome.DISALLOWED);
    }

    @Test
    void missingRobotsTxtAllowsEverything() {
        answer("/feed.xml", feed("<rss/>"));

        assertThat(fetcher.fetch(url("/feed.xml"), Validators.NONE).outcome()).isEqualTo(Outcome.FETCHED);
    }

    @Test
    void robotsTxtServerErrorDisallowsEverything() {
        answer("/robots.txt", new MockResponse().setResponseCode(503));
        answer("/feed.xml", feed("<rss/>"));

        assertThat(fetcher.fetch(url("/feed.xml"), Validators.NONE).outcome()).isEqualTo(Outcome.DISALLOWED);
        assertThat(paths()).containsExactly("/robots.txt");
    }

    @Test
    void robotsTxtIsFetchedOncePerHostUntilItExpires() {
        robots("User-agent: *\nAllow: /\n");
        answer("/a.xml", feed("<rss/>"));
        answer("/b.xml", feed("<rss/>"));

        fetcher.fetch(url("/a.xml"), Validators.NONE);
        fetcher.fetch(url("/b.xml"), Validators.NONE);
        clock.advance(Duration.ofHours(2));
        fetcher.fetch(url("/a.xml"), Validators.NONE);

        assertThat(paths()).containsExactly("/robots.txt", "/a.xml", "/b.xml", "/robots.txt", "/a.xml");
    }

    @Test
    void requestsToOneHostAreSpacedByThePerHostDelay() {
        use(settings(Duration.ofSeconds(3), 1024, Duration.ofSeconds(5), List.of("127.0.0.1")));
        robots("User-agent: *\nAllow: /\n");
        answer("/a.xml", feed("<rss/>"));
        answer("/b.xml", feed("<rss/>"));

        fetcher.fetch(url("/a.xml"), Validators.NONE);
        fetcher.fetch(url("/b.xml"), Validators.NONE);

        // robots.txt at once, then 3 s before each document
        assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void longerCrawlDelayFromRobotsTxtIsHonoured() {
        robots("User-agent: *\nCrawl-delay: 7\n");
        answer("/a.xml", feed("<rss/>"));
        answer("/b.xml", feed("<rss/>"));

        fetcher.fetch(url("/a.xml"), Validators.NONE);
        fetcher.fetch(url("/b.xml"), Validators.NONE);

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(7));
    }
}
