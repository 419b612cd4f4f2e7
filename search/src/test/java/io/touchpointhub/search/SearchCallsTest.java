package io.touchpointhub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class SearchCallsTest {

    private static ElasticsearchException esError(int status, String type) {
        return new ElasticsearchException("es/search", ErrorResponse.of(r -> r
                .status(status)
                .error(e -> e.type(type).reason("reason"))));
    }

    @Test
    void connectionRefusedIsUnavailable() {
        assertThatThrownBy(() -> SearchCalls.execute("Searching", () -> {
            throw new ConnectException("Connection refused");
        })).isInstanceOf(SearchUnavailableException.class).hasCauseInstanceOf(ConnectException.class)
                .hasMessageStartingWith("Searching failed");
    }

    @Test
    void timeoutIsUnavailable() {
        assertThatThrownBy(() -> SearchCalls.execute("Searching", () -> {
            throw new SocketTimeoutException("30,000 milliseconds timeout");
        })).isInstanceOf(SearchUnavailableException.class);
    }

    @Test
    void tooManyRequestsAndServerErrorsAreUnavailable() {
        assertThatThrownBy(() -> SearchCalls.execute("Bulk", () -> {
            throw esError(429, "es_rejected_execution_exception");
        })).isInstanceOf(SearchUnavailableException.class).hasMessageContaining("429");
        assertThatThrownBy(() -> SearchCalls.execute("Bulk", () -> {
            throw esError(503, "unavailable_shards_exception");
        })).isInstanceOf(SearchUnavailableException.class);
    }

    @Test
    void clientErrorsAreSearchExceptionsButNotTransient() {
        assertThatThrownBy(() -> SearchCalls.execute("Searching", () -> {
            throw esError(400, "parsing_exception");
        })).isInstanceOf(SearchException.class).isNotInstanceOf(SearchUnavailableException.class)
                .hasMessageContaining("parsing_exception").hasCauseInstanceOf(ElasticsearchException.class);
    }

    @Test
    void unexpectedRuntimeFailuresAreWrapped() {
        assertThatThrownBy(() -> SearchCalls.execute("Reading", () -> {
            throw new IllegalStateException("closed");
        })).isInstanceOf(SearchException.class).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void returnsTheResultWhenTheCallSucceeds() {
        assertThat(SearchCalls.execute("Counting", () -> 42)).isEqualTo(42);
    }
}
