/**
 * Deterministic identity resolution as a pipeline stage: touchpoints that share a normalised
 * identifier become one profile, with guard rails against junk and shared identifiers, a merge audit,
 * and safety when several stages run against one database at once.
 */
package io.touchpointhub.identity.resolve;
