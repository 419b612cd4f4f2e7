/**
 * What the social connectors share: polling a platform's streams (hashtag timelines, searches,
 * mentions, subreddit listings) page by page from the newest item back to a durable cursor, and
 * calling the platform over HTTP with rate-limit headers, a circuit breaker, retries and a rate limiter.
 *
 * <p>{@link io.touchpointhub.connectors.social.SocialPoller} is the entry point: it walks one
 * {@link io.touchpointhub.connectors.social.SocialStream}, hands every item (and every page that cannot
 * be read) to a {@link io.touchpointhub.connectors.social.PayloadSink}, and saves the
 * {@link io.touchpointhub.connectors.social.Cursor} through a
 * {@link io.touchpointhub.connectors.social.CursorStore} only once everything it covers was accepted.
 * {@link io.touchpointhub.connectors.social.SocialHttp} makes the calls and classifies failures:
 * HTTP 429 becomes {@link io.touchpointhub.connectors.social.RateLimitedException}, 5xx and I/O errors
 * {@link io.touchpointhub.connectors.TransientConnectorException}, an open breaker
 * {@link io.touchpointhub.connectors.social.BackendUnavailableException}. Each platform
 * ({@code mastodon}, {@code reddit}) adds its streams and its {@link io.touchpointhub.connectors.PayloadMapper}.
 */
package io.touchpointhub.connectors.social;
