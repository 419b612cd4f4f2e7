/**
 * The SOCIAL channel: one Camel timer route per configured source ({@code social-mastodon-<source>},
 * {@code social-reddit-<source>}) polls the platform's streams through the connectors of
 * {@code connectors.social}, hands each item to {@link io.touchpointhub.routes.channels.ChannelIntake}
 * and keeps the streams' cursors in {@link io.touchpointhub.identity.store.SourceCursors}.
 *
 * <p>Each source has its own thread, HTTP timeouts, circuit breaker, retry and rate limiter, so a
 * platform that is slow or down delays nothing but its own source. Nothing runs until a source is
 * configured under {@code hub.social.mastodon.sources} or {@code hub.social.reddit.sources}.
 */
package io.touchpointhub.routes.social;
