package io.touchpointhub.connectors.social;

/**
 * One stream of items of a source, newest first, read page by page towards older items: a hashtag
 * timeline, a search, the mentions of an account, a subreddit's new posts. Implementations do the HTTP
 * calls; the paging rules of their platform stay behind {@link Page#next()} tokens.
 */
public interface SocialStream {

    /**
     * The stream's name within its source, stable across restarts because the cursor is stored under
     * it: {@code tag:acme}, {@code search:acme widgets}, {@code mentions}, {@code r/acme}.
     */
    String id();

    /**
     * The newest page.
     *
     * @param since the position of the newest item already ingested, or {@code null}; a platform that
     *              can filter by it server-side (Mastodon's {@code since_id}) may do so, others ignore it
     * @throws MalformedPageException when the answer is not a page of this stream at all
     */
    Page first(String since);

    /**
     * The page of items older than those of the page that gave {@code token}.
     *
     * @param token a {@link Page#next()} of this stream, possibly from before a restart
     * @throws MalformedPageException when the answer is not a page of this stream at all
     */
    Page next(String token);
}
