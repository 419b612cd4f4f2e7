/**
 * Live probabilistic matching of profiles, built on the Fellegi-Sunter engine of
 * {@code identity.match}: the attributes a profile is matched on, their blocking keys and the
 * PostgreSQL index of them, the model that weighs a pair (documented defaults until enough profiles
 * exist to estimate m and u by EM), and the review queue for pairs between the thresholds.
 */
package io.touchpointhub.identity.matching;
