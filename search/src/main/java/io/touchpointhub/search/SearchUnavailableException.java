package io.touchpointhub.search;

/**
 * Elasticsearch could not be reached or could not take the request right now (connection refused,
 * timeout, HTTP 429 or 5xx). Retrying later makes sense; everything in the index can be rebuilt from the
 * system of record, so an outage delays indexing and loses nothing.
 */
public class SearchUnavailableException extends SearchException {

    public SearchUnavailableException(String message) {
        super(message);
    }

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
