/**
 * Listening alerts: spikes in the volume or negative share of a tracked topic's mentions, and customers
 * at risk (a negative touchpoint from a high-value customer); stored in PostgreSQL once per window or
 * touchpoint, delivered by signed webhook and e-mail until delivered, and listed by API.
 */
package io.touchpointhub.routes.alerts;
