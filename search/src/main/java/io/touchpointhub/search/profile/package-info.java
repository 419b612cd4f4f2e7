/**
 * Serves the 360° view of a customer from the read models: profile search by identifier or fuzzy name,
 * profile lookup that follows merges, and the cross-channel timeline
 * ({@link io.touchpointhub.search.profile.ProfileSearch}).
 */
package io.touchpointhub.search.profile;
