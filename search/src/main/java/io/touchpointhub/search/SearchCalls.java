package io.touchpointhub.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import org.elasticsearch.client.ResponseException;

/**
 * Runs one Elasticsearch request and turns whatever the client throws into this module's exceptions,
 * so no client exception type leaks to callers. Internal to the search module; public only because the
 * feature packages share it.
 */
public final class SearchCalls {

    /** One request against the client, which declares {@link IOException}. */
    @FunctionalInterface
    public interface Call<T> {
        T execute() throws IOException;
    }

    private SearchCalls() {
    }

    /**
     * @param action what the request does, for the exception message ("Searching profiles"); never
     *               document contents or identifier values
     */
    public static <T> T execute(String action, Call<T> call) {
        try {
            return call.execute();
        } catch (SearchException e) {
            throw e;
        } catch (ElasticsearchException e) {
            String type = e.error() == null ? "unknown" : e.error().type();
            throw failure(action + " failed with HTTP " + e.status() + " (" + type + ")", e.status(), e);
        } catch (TransportException e) {
            throw failure(action + " failed with HTTP " + e.statusCode(), e.statusCode(), e);
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            throw failure(action + " failed with HTTP " + status, status, e);
        } catch (IOException e) {
            // connection refused, timeouts, closed connections: the cluster may be back later
            throw new SearchUnavailableException(action + " failed: Elasticsearch unreachable (" + e + ")", e);
        } catch (RuntimeException e) {
            throw new SearchException(action + " failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** 429 (rejected, back off) and 5xx (node or shards unavailable) are worth retrying; 4xx are not. */
    public static boolean isTransient(int httpStatus) {
        return httpStatus == 429 || httpStatus >= 500;
    }

    private static SearchException failure(String message, int status, Exception cause) {
        return isTransient(status)
                ? new SearchUnavailableException(message, cause)
                : new SearchException(message, cause);
    }
}
