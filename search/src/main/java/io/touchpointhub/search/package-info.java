/**
 * Connects the hub to Elasticsearch and defines its read models: {@link io.touchpointhub.search.SearchClients}
 * builds the shared client, {@link io.touchpointhub.search.ProfileDocument} and
 * {@link io.touchpointhub.search.TouchpointDocument} are what the indices hold, and
 * {@link io.touchpointhub.search.SearchException} with its transient subtype
 * {@link io.touchpointhub.search.SearchUnavailableException} is all the module ever throws.
 *
 * <p>Features live in sub-packages: {@code index} (mappings, aliases, rebuilds, bulk writes) and
 * {@code profile} (the 360° view: profile search, lookup and timeline).
 */
package io.touchpointhub.search;
