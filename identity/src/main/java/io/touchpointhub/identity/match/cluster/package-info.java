/**
 * Turning scored pairs into clusters of records. Links are taken strongest first; two clusters join
 * only when the linking pair is a match, no pair across them clearly differs (the guard against
 * chaining), no cannot-link pair (a rejected review) spans them, the result stays within the size cap
 * and, in one-to-one linkage, holds at most one record per source.
 */
package io.touchpointhub.identity.match.cluster;
