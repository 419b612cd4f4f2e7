package io.touchpointhub.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.logging.slf4j.SLF4JLoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;

/**
 * The hub runs Elasticsearch next to Spring Boot's starter-logging (Logback, log4j-to-slf4j), while the
 * Elasticsearch jar brings log4j-core. This test has that class path and checks that Elasticsearch's log
 * events end up in Logback, and that Spring Boot still chooses Logback.
 */
class EmbeddedElasticsearchLoggingIT {

    private static final String SECRET_TEXT = "customer-secret-7f3a";

    @TempDir
    Path dataDir;

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Logger elasticsearchLogger;

    @BeforeEach
    void captureElasticsearchLogs() {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        events.setContext(logback);
        events.start();
        elasticsearchLogger = logback.getLogger("org.elasticsearch");
        elasticsearchLogger.addAppender(events);
    }

    @AfterEach
    void stopCapturing() {
        elasticsearchLogger.detachAppender(events);
        events.stop();
    }

    @Test
    void elasticsearchLogsThroughSlf4jIntoLogback() throws Exception {
        try (EmbeddedElasticsearchServer server = EmbeddedElasticsearchServer.start(dataDir, 0)) {
            indexDocument(server, "{\"text\":\"" + SECRET_TEXT + "\"}");
        }

        assertThat(org.apache.logging.log4j.LogManager.getContext(false)).isInstanceOf(SLF4JLoggerContext.class);
        assertThat(events.list)
                .anySatisfy(event -> {
                    assertThat(event.getLoggerName()).isEqualTo("org.elasticsearch.node.Node");
                    assertThat(event.getFormattedMessage()).startsWith("started");
                })
                .anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("[notes] creating index"))
                .noneSatisfy(event -> assertThat(event.getFormattedMessage()).contains(SECRET_TEXT));
    }

    @Test
    void springBootStillChoosesLogbackWithLog4jCoreOnTheClassPath() {
        assertThat(LoggingSystem.get(getClass().getClassLoader())).isInstanceOf(LogbackLoggingSystem.class);
    }

    private static void indexDocument(EmbeddedElasticsearchServer server, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.httpUri().resolve("/notes/_doc/1?refresh=true"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
    }
}
