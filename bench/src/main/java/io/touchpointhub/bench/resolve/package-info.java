/**
 * The identity-resolution benchmark: runs the hub's {@code resolve} command (and Duke 1.2 as a peer) on
 * public data sets with ground truth and on a synthetic people file, and scores the clusters with
 * pairwise precision, recall and F1 as the data sets' README prescribes.
 */
package io.touchpointhub.bench.resolve;
