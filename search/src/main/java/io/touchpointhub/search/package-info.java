/**
 * Connects the hub to Elasticsearch: {@link io.touchpointhub.search.SearchClients} builds the shared
 * client, and {@link io.touchpointhub.search.SearchException} with its transient subtype
 * {@link io.touchpointhub.search.SearchUnavailableException} is all the module ever throws.
 *
 * <p>Features live in sub-packages: {@code index} (mappings, aliases, rebuilds, bulk writes of the read
 * models) and {@code profile} (the 360° view: profile lookup and timeline).
 */
package io.touchpointhub.search;
