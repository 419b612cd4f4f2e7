/**
 * The marketplace channel's Shopify webhooks: verifying a delivery's {@code X-Shopify-Hmac-Sha256}
 * signature, wrapping the delivery's headers and raw body into one replayable payload
 * ({@link io.touchpointhub.connectors.marketplace.shopify.ShopifyEnvelope}), and mapping orders
 * ({@code shopify-order}) and customers ({@code shopify-customer}) to touchpoints.
 *
 * <p>Pure code: no HTTP server, no clock beyond the receipt time, no Spring. {@code routes} receives
 * the webhook and hands the envelope to the mapper of its topic's format.
 */
package io.touchpointhub.connectors.marketplace.shopify;
