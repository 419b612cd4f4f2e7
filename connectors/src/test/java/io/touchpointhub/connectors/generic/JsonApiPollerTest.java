package io.touchpointhub.connectors.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.connectors.ConnectorException;
import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.TransientConnectorException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JsonApiPollerTest {

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(2, TimeUnit.SECONDS).build();
    private JsonApiPoller poller;

    @BeforeEach
    void start() throws IOException {
        server.start();
        poller = new JsonApiPoller(http, new JsonApiPoller.Settings(server.url("/v2/reviews"), "/data",
                "/id", "since_id", Map.of("Authorization", "Bearer t0ken")));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void asksForItemsAfterTheCursorAndAdvancesItToTheLargestId() throws InterruptedException {
        server.enqueue(json("{\"data\":[{\"id\":9,\"body\":\"a\"},{\"id\":12,\"body\":\"b\"},{\"id\":10}]}"));

        JsonApiPoller.Page page = poller.poll("8");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getRequestUrl().queryParameter("since_id")).isEqualTo("8");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer t0ken");
        assertThat(page.items()).hasSize(3).first().asString().contains("\"id\":9");
        assertThat(page.cursor()).isEqualTo("12");
    }

    @Test
    void keepsTheCursorWhenNothingIsNewAndStartsWithoutOne() throws InterruptedException {
        server.enqueue(json("{\"data\":[]}"));
        server.enqueue(json("{\"data\":[{\"id\":100}]}"));

        assertThat(poller.poll("12").cursor()).isEqualTo("12");
        JsonApiPoller.Page first = poller.poll(null);

        server.takeRequest();
        assertThat(server.takeRequest().getRequestUrl().queryParameter("since_id")).isNull();
        assertThat(first.cursor()).isEqualTo("100");
    }

    @Test
    void comparesNumericCursorsAsNumbersAndTimestampsAsText() {
        assertThat(JsonApiPoller.compare("100", "99")).isPositive();
        assertThat(JsonApiPoller.compare("2026-11-22T10:00:00Z", "2026-11-21T23:00:00Z")).isPositive();
    }

    @Test
    void reportsRateLimitsAndServerErrorsAsTransient() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "30"));
        server.enqueue(new MockResponse().setResponseCode(503));

        assertThatThrownBy(() -> poller.poll(null)).isInstanceOf(TransientConnectorException.class);
        assertThatThrownBy(() -> poller.poll(null)).isInstanceOf(TransientConnectorException.class);
    }

    @Test
    void reportsARefusalAsAConfigurationProblemNotARetry() {
        server.enqueue(new MockResponse().setResponseCode(401));

        assertThatThrownBy(() -> poller.poll(null))
                .isInstanceOf(ConnectorException.class)
                .isNotInstanceOf(TransientConnectorException.class)
                .hasMessageContaining("401");
    }

    @Test
    void rejectsABodyThatIsNotTheDescribedJson() {
        server.enqueue(json("<html>maintenance</html>"));
        server.enqueue(json("{\"data\":{\"id\":1}}"));

        assertThatThrownBy(() -> poller.poll(null)).isInstanceOfSatisfying(InvalidTouchpointException.class,
                e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> poller.poll(null)).isInstanceOfSatisfying(InvalidTouchpointException.class,
                e -> assertThat(e.field()).isEqualTo("/data"));
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}
