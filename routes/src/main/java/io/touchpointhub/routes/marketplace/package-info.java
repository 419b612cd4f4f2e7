/**
 * The marketplace channel's inbound side: Shopify webhooks received at
 * {@code POST /webhooks/shopify/{shop}}, verified against the shop's secret and handed to
 * {@link io.touchpointhub.routes.channels.ChannelIntake} before Shopify gets its 200.
 */
package io.touchpointhub.routes.marketplace;
