package io.touchpointhub.connectors.web.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF guard inside the fetcher: nothing reaches loopback, private or metadata addresses unless
 * allowed, whether the URL names them, a host name resolves to them, or a redirect leads there.
 */
class PoliteFetcherGuardTest extends FetcherFixture {

    @Test
    void refusesTheLoopbackTestServerWhenNothingIsAllowed() {
        use(settings(Duration.ofSeconds(1), 1024, Duration.ofSeconds(5), List.of()));
        answer("/feed.xml", feed("<rss/>"));

        assertThatThrownBy(() -> fetcher.fetch(url("/feed.xml"), Validators.NONE))
                .isInstanceOf(RefusedUrlException.class).hasMessageContaining("loopback");
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.5/feed", "http://192.168.1.20/feed", "http://172.20.0.2/",
            "http://169.254.169.254/latest/meta-data/iam/", "http://[::1]:8080/feed", "http://[fd00:ec2::254]/"})
    void refusesPrivateAndMetadataAddressesWithoutConnecting(String url) {
        assertThatThrownBy(() -> fetcher.fetch(url, Validators.NONE)).isInstanceOf(RefusedUrlException.class);
    }

    @Test
    void refusesAHostNameThatResolvesToLoopback() {
        answer("/feed.xml", feed("<rss/>"));

        assertThatThrownBy(() -> fetcher.fetch("http://localhost:" + server.getPort() + "/feed.xml", Validators.NONE))
                .isInstanceOf(RefusedUrlException.class).hasMessageContaining("resolves only to refused addresses");
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2130706433", "127.1"})
    void refusesLoopbackWrittenInShorthandThatOkHttpConnectsToWithoutDns(String host) {
        answer("/feed.xml", feed("<rss/>"));

        assertThatThrownBy(() -> fetcher.fetch("http://" + host + ":" + server.getPort() + "/feed.xml", Validators.NONE))
                .isInstanceOf(RefusedUrlException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.1.1.1/admin", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/", "file:///etc/passwd", "gopher://internal.example/"})
    void refusesARedirectFromAnAllowedHostToAPrivateAddressOrOtherScheme(String target) {
        answer("/feed.xml", new MockResponse().setResponseCode(302).setHeader("Location", target));

        assertThatThrownBy(() -> fetcher.fetch(url("/feed.xml"), Validators.NONE))
                .isInstanceOf(RefusedUrlException.class);
        assertThat(paths()).containsExactly("/robots.txt", "/feed.xml");
    }

    @Test
    void refusesARedirectToAHostNameResolvingToLoopback() {
        answer("/feed.xml", new MockResponse().setResponseCode(307)
                .setHeader("Location", "http://localhost:" + server.getPort() + "/internal"));

        assertThatThrownBy(() -> fetcher.fetch(url("/feed.xml"), Validators.NONE))
                .isInstanceOf(RefusedUrlException.class);
        assertThat(paths()).doesNotContain("/internal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://ftp.example.com/feed.xml", "jar:file:/x.jar!/", "feed.xml"})
    void refusesUrlsThatAreNotAbsoluteHttp(String url) {
        assertThatThrownBy(() -> fetcher.fetch(url, Validators.NONE))
                .isInstanceOf(RefusedUrlException.class).hasMessageContaining("http");
    }

    @Test
    void privateNetworkAllowanceLetsTheTestServerThroughByAddress() {
        use(new CrawlSettings(CrawlSettings.DEFAULT_USER_AGENT, 1024, Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofHours(1), true, List.of()));
        answer("/feed.xml", feed("<rss/>"));

        assertThat(fetcher.fetch("http://localhost:" + server.getPort() + "/feed.xml", Validators.NONE).outcome())
                .isEqualTo(FetchResult.Outcome.FETCHED);
    }
}
