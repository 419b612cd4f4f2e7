/**
 * Writes the read models to Elasticsearch: their strict mappings, the versioned indices behind stable
 * aliases ({@link io.touchpointhub.search.index.HubIndices}, with atomic
 * {@link io.touchpointhub.search.index.Rebuild}s), and bulk writes of each batch
 * ({@link io.touchpointhub.search.index.ReadModelIndexer}).
 */
package io.touchpointhub.search.index;
