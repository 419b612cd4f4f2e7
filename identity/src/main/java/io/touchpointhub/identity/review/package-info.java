/**
 * The review queue's decisions: a person accepts a pair that probabilistic matching was unsure of (the
 * profiles merge, with the scores as evidence) or rejects it (a cannot-link keeps them apart for good).
 */
package io.touchpointhub.identity.review;
