/**
 * Blocking: which pairs of records are compared at all. Several OR-ed
 * {@link io.touchpointhub.identity.match.block.BlockingRule}s each put records with the same key
 * (surname sound + birth date, postcode + first-name prefix, a rare title token, ...) into one block;
 * the {@link io.touchpointhub.identity.match.block.Blocker} emits every pair that shares at least one
 * block exactly once, skips blocks above a size cap so the cost stays near-linear, and works on
 * several cores.
 */
package io.touchpointhub.identity.match.block;
