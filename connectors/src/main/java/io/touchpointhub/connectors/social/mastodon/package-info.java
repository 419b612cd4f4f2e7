/**
 * Mastodon (and API-compatible servers) as a social source: hashtag timelines, status searches and
 * the mentions of the token's account, read through the documented REST API
 * (https://docs.joinmastodon.org), and statuses mapped to {@code post} touchpoints.
 *
 * <p>{@link io.touchpointhub.connectors.social.mastodon.MastodonClient} gives the
 * {@link io.touchpointhub.connectors.social.SocialStream}s of one configured source;
 * {@link io.touchpointhub.connectors.social.mastodon.MastodonStatusMapper} is the
 * {@link io.touchpointhub.connectors.PayloadMapper} of format {@code mastodon-status}.
 */
package io.touchpointhub.connectors.social.mastodon;
