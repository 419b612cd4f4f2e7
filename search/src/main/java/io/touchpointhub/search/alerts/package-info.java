/**
 * The Elasticsearch questions behind listening alerts: mention counts of a tracked topic per hour or day
 * with the negative ones among them ({@link io.touchpointhub.search.alerts.TopicActivity}), sample
 * mentions of a window, and the negative touchpoints of known customers received recently.
 */
package io.touchpointhub.search.alerts;
