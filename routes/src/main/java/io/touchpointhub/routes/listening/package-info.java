/**
 * Social listening: tracked topics (brands, products, competitors, campaigns) defined in configuration and
 * by API, and the listening endpoints (mentions, trends, share of voice, authors) answered from the
 * touchpoints index's aggregations.
 */
package io.touchpointhub.routes.listening;
