/**
 * The public-web listening channel: configured sites' RSS/Atom feeds and HTML pages polled on a
 * schedule, one {@code web-crawl-<site>} route per site, their items handed to
 * {@link io.touchpointhub.routes.channels.ChannelIntake} one payload each, and each URL's HTTP
 * validators kept as a source cursor.
 */
package io.touchpointhub.routes.crawl;
