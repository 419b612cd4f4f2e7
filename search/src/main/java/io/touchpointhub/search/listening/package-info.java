/**
 * Social listening reads over the touchpoints index: mentions, volume and sentiment trends, share of
 * voice and top authors, answered by queries and aggregations of the core server only (no scripts).
 */
package io.touchpointhub.search.listening;
