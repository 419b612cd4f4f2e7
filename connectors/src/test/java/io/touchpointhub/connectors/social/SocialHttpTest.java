package io.touchpointhub.connectors.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.connectors.TransientConnectorException;
import io.touchpointhub.connectors.social.mastodon.MastodonRateLimitHeaders;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failure classification, retries, the circuit breaker and rate-limit headers, against a real HTTP server. */
class SocialHttpTest {

    private final MockWebServer server = new MockWebServer();
    private SocialHttp http;

    @BeforeEach
    void start() throws IOException {
        server.start();
        http = SocialTestSupport.http("social-test", new MastodonRateLimitHeaders(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void retriesServerErrorsWithBackOffThenSucceeds() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(502));
        server.enqueue(new MockResponse().setBody("[]"));

        Reply reply = http.execute(get(), "test call");

        assertThat(reply.body()).isEqualTo("[]");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void opensTheBreakerAfterRepeatedServerErrorsAndThenSkipsWithoutCalling() {
        for (int i = 0; i < 20; i++) {
            server.enqueue(new MockResponse().setResponseCode(500));
        }
        int failures = 0;
        while (failures < 5) {
            try {
                http.execute(get(), "test call");
            } catch (BackendUnavailableException e) {
                break;
            } catch (TransientConnectorException e) {
                failures++;
            }
        }
        int calls = server.getRequestCount();

        assertThatThrownBy(() -> http.execute(get(), "test call"))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("circuit breaker social-test is open");
        assertThat(failures).isLessThan(5);
        assertThat(server.getRequestCount()).isEqualTo(calls);
    }

    @Test
    void waitsForTheAnnouncedResetAfterTooManyRequestsThenSucceeds() {
        server.enqueue(new MockResponse().setResponseCode(429)
                .setHeader("X-RateLimit-Limit", "300")
                .setHeader("X-RateLimit-Remaining", "0")
                .setHeader("X-RateLimit-Reset", Instant.now().plusMillis(1000).toString()));
        server.enqueue(new MockResponse().setBody("[]"));
        long start = System.nanoTime();

        Reply reply = http.execute(get(), "test call");

        assertThat(reply.code()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void reportsTheRateLimitWhenTheResetIsTooFarAwayAndCallsNothingUntilThen() {
        Instant reset = Instant.parse(Instant.now().plus(Duration.ofHours(1)).toString().replaceAll("\\.\\d+Z", ".000Z"));
        server.enqueue(new MockResponse().setResponseCode(429)
                .setHeader("X-RateLimit-Remaining", "0")
                .setHeader("X-RateLimit-Reset", reset.toString()));

        assertThatThrownBy(() -> http.execute(get(), "test call"))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAt()).contains(reset));
        assertThatThrownBy(() -> http.execute(get(), "test call")).isInstanceOf(RateLimitedException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void waitsBeforeTheNextCallWhenAResponseSaysNoCallsRemain() {
        server.enqueue(new MockResponse().setBody("[]")
                .setHeader("X-RateLimit-Remaining", "0")
                .setHeader("X-RateLimit-Reset", Instant.now().plusMillis(1000).toString()));
        server.enqueue(new MockResponse().setBody("[]"));
        http.execute(get(), "test call");
        long start = System.nanoTime();

        http.execute(get(), "test call");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void honoursRetryAfterWhenNoResetIsAnnounced() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
        server.enqueue(new MockResponse().setBody("[]"));
        long start = System.nanoTime();

        http.execute(get(), "test call");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void classifiesABrokenConnectionAsTransient() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        }

        assertThatThrownBy(() -> http.execute(get(), "test call"))
                .isInstanceOf(TransientConnectorException.class)
                .hasMessageStartingWith("test call failed");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void doesNotRetryAnUnauthorizedAnswer() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":\"The access token is invalid\"}"));

        assertThatThrownBy(() -> http.execute(get(), "test call"))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessage("test call answered HTTP 401");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private Request get() {
        return new Request.Builder().url(server.url("/api/v1/timelines/tag/acme")).build();
    }
}
