package io.touchpointhub.connectors.web.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.connectors.ConnectorException;
import io.touchpointhub.connectors.TransientConnectorException;
import io.touchpointhub.connectors.web.crawl.FetchResult.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Conditional GETs, redirects, status codes and the size and time limits. */
class PoliteFetcherConditionalTest extends FetcherFixture {

    private static final String ETAG = "W/\"5f2b-18fb1f3a\"";
    private static final String LAST_MODIFIED = "Tue, 03 Sep 2024 08:12:44 GMT";

    @Test
    void secondFetchSendsTheValidatorsAndA304MeansNothingToDo() {
        answer("/feed/", request -> request.getHeader("If-None-Match") == null
                ? feed("<rss/>").setHeader("ETag", ETAG).setHeader("Last-Modified", LAST_MODIFIED)
                : new MockResponse().setResponseCode(304).setHeader("ETag", ETAG));

        FetchResult first = fetcher.fetch(url("/feed/"), Validators.NONE);
        FetchResult second = fetcher.fetch(url("/feed/"), first.validators());

        assertThat(first.outcome()).isEqualTo(Outcome.FETCHED);
        assertThat(first.validators().etag()).isEqualTo(ETAG);
        assertThat(first.validators().lastModified()).isEqualTo(LAST_MODIFIED);
        RecordedRequest conditional = requests.get(requests.size() - 1);
        assertThat(conditional.getHeader("If-None-Match")).isEqualTo(ETAG);
        assertThat(conditional.getHeader("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
        assertThat(second.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(second.body()).isEmpty();
        assertThat(second.validators()).isEqualTo(first.validators());
    }

    @Test
    void sameBodyFromAServerWithoutValidatorsIsUnchanged() {
        answer("/feed/", feed("<rss version=\"2.0\"><channel/></rss>"));

        FetchResult first = fetcher.fetch(url("/feed/"), Validators.NONE);
        FetchResult second = fetcher.fetch(url("/feed/"), first.validators());

        assertThat(first.validators().digest()).hasSize(64);
        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void followsRedirectsOnAllowedHosts() {
        answer("/old-feed", new MockResponse().setResponseCode(301).setHeader("Location", "/feed/"));
        answer("/feed/", feed("<rss/>"));

        FetchResult result = fetcher.fetch(url("/old-feed"), Validators.NONE);

        assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
        assertThat(result.url()).isEqualTo(url("/feed/"));
    }

    @Test
    void serverErrorsAndRateLimitsAreTransientOtherClientErrorsAreNot() {
        answer("/busy", new MockResponse().setResponseCode(503));
        answer("/slow-down", new MockResponse().setResponseCode(429));
        answer("/gone", new MockResponse().setResponseCode(410));

        assertThatThrownBy(() -> fetcher.fetch(url("/busy"), Validators.NONE))
                .isInstanceOf(TransientConnectorException.class).hasMessageContaining("503");
        assertThatThrownBy(() -> fetcher.fetch(url("/slow-down"), Validators.NONE))
                .isInstanceOf(TransientConnectorException.class);
        assertThatThrownBy(() -> fetcher.fetch(url("/gone"), Validators.NONE))
                .isInstanceOf(ConnectorException.class).isNotInstanceOf(TransientConnectorException.class);
    }

    @Test
    void bodyOverTheLimitIsCutOffAndFails() {
        use(settings(Duration.ofSeconds(1), 1024, Duration.ofSeconds(5), List.of("127.0.0.1")));
        answer("/declared", feed("x".repeat(1025)));
        answer("/chunked", new MockResponse().setChunkedBody(new Buffer().writeUtf8("y".repeat(4096)), 512));
        answer("/fits", feed("z".repeat(1024)));

        assertThatThrownBy(() -> fetcher.fetch(url("/declared"), Validators.NONE))
                .isInstanceOf(DocumentTooLargeException.class).hasMessageContaining("1024 bytes");
        assertThatThrownBy(() -> fetcher.fetch(url("/chunked"), Validators.NONE))
                .isInstanceOf(DocumentTooLargeException.class);
        assertThat(fetcher.fetch(url("/fits"), Validators.NONE).body()).hasSize(1024);
    }

    @Test
    void slowServerTimesOutAsATransientFailure() {
        use(settings(Duration.ofSeconds(1), 1024, Duration.ofMillis(200), List.of("127.0.0.1")));
        answer("/slow", feed("<rss/>").setBodyDelay(1, TimeUnit.SECONDS));

        assertThatThrownBy(() -> fetcher.fetch(url("/slow"), Validators.NONE))
                .isInstanceOf(TransientConnectorException.class);
    }
}
