/**
 * The web channel's intake: a collection API compatible with the Segment HTTP tracking spec, so that
 * any analytics library can send to the hub unchanged. Each accepted message is committed to
 * PostgreSQL before the answer.
 */
package io.touchpointhub.routes.intake;
