/**
 * Explaining and undoing merges: splitting a merged profile back into the profiles it was made of
 * (from each touchpoint's origin and the merge history), and merging two profiles by hand, each in one
 * transaction that keeps the identity graph, the cannot-link constraints, the audit and the read-model
 * work consistent.
 */
package io.touchpointhub.identity.undo;
