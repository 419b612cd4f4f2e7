/**
 * The append-only touchpoint log: durable, idempotent intake of touchpoints and the hand-over of each
 * new one to the identify stage in the same transaction.
 */
package io.touchpointhub.identity.store;
