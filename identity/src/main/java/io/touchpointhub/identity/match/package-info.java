/**
 * Probabilistic identity resolution (Fellegi-Sunter) as a plain library: records in a
 * {@link io.touchpointhub.identity.match.RecordTable}, candidate pairs from blocking, m and u estimated
 * without labels (u from random pairs, m and the match prior by EM), pairs scored by a thread-safe
 * {@link io.touchpointhub.identity.match.MatchModel} into match weights with per-field evidence, and
 * linked pairs clustered with guards against chaining and oversized clusters.
 * {@link io.touchpointhub.identity.match.Resolver} runs the whole batch.
 */
package io.touchpointhub.identity.match;
