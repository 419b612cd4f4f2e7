package io.touchpointhub.search;

/**
 * Root of everything the search module throws: an Elasticsearch request failed in a way that retrying
 * the same request will not fix (a rejected mapping, a missing index, a malformed query).
 * Transient failures are the subtype {@link SearchUnavailableException}.
 */
public class SearchException extends RuntimeException {

    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
