/**
 * Reddit as a social source: a subreddit's new posts and comments and site searches, read as listing
 * JSON ({@code {"kind":"Listing","data":{"after":..,"children":[..]}}}) with {@code after} pagination,
 * optionally with an app-only OAuth token, and things ({@code t3} posts, {@code t1} comments) mapped
 * to touchpoints.
 *
 * <p>{@link io.touchpointhub.connectors.social.reddit.RedditClient} gives the
 * {@link io.touchpointhub.connectors.social.SocialStream}s of one configured source;
 * {@link io.touchpointhub.connectors.social.reddit.RedditThingMapper} is the
 * {@link io.touchpointhub.connectors.PayloadMapper} of format {@code reddit-thing}.
 */
package io.touchpointhub.connectors.social.reddit;
