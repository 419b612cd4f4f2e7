/**
 * The sales-facing read API: finding a customer by any identifier or a fuzzy name, and the 360° view
 * of one profile with its cross-channel timeline, served from the Elasticsearch read models; and the
 * operators' edits of the identity graph behind it (unmerge, manual merge).
 */
package io.touchpointhub.routes.profile;
