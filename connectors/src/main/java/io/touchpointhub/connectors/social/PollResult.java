package io.touchpointhub.connectors.social;

/**
 * What one poll of one stream did.
 *
 * @param stream   the stream's id
 * @param payloads items handed to the sink (stored or dead-lettered)
 * @param pages    pages read
 * @param state    how the poll ended
 */
public record PollResult(String stream, int payloads, int pages, State state) {

    public enum State {
        /** Reached the cursor (or the backfill limit): the stream is up to date. */
        CAUGHT_UP,
        /** Stopped after the page limit of one poll; the next poll continues where this one stopped. */
        MORE_PENDING,
        /** A page could not be read; it became a dead letter and the next poll asks for it again. */
        PAGE_REJECTED
    }
}
