/**
 * Route templates for the common channel shapes (poll a JSON API with a cursor, receive a signed
 * webhook), so that a simple new channel is one Camel YAML file of parameters loaded from
 * {@code hub.channels-dir} at start-up. See docs/channels.md.
 */
package io.touchpointhub.routes.templates;
