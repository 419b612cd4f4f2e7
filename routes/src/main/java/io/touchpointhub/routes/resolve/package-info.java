/**
 * The {@code resolve} command: de-duplicates or links CSV files with the probabilistic engine of
 * {@code identity.match} and writes one {@code id,cluster_id,match_weight} row per input row. Runs
 * before Spring starts anything (no web server, no database, no search node).
 */
package io.touchpointhub.routes.resolve;
