/**
 * Comparison levels per kind of field: each {@link io.touchpointhub.identity.match.compare.FieldComparator}
 * turns two normalised values into one of a few ordered levels (exact first, disagreement last), the
 * discrete evidence the Fellegi-Sunter model weighs. String distances come from Apache Commons Text.
 */
package io.touchpointhub.identity.match.compare;
