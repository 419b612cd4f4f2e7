/**
 * Reading customer profiles from the system of record: the live profile an old id resolves to, the
 * 360° profile record, and the audit of merges.
 */
package io.touchpointhub.identity.profile;
