/**
 * Channel connectors: each turns one channel's payloads into {@link io.touchpointhub.model.Touchpoint}s.
 *
 * <p>This root package holds what all connectors share, starting with the module's root exception
 * {@link io.touchpointhub.connectors.ConnectorException}. Each channel lives in its own sub-package
 * ({@code web.segment}, later {@code email}, {@code social.mastodon}, ...).
 */
package io.touchpointhub.connectors;
