/**
 * Normalisation of identifiers into the one canonical form the identity graph and the search index
 * store (e-mail lower-cased, phone in E.164, ...), and interpretation of a typed search query as the
 * identifiers it could mean.
 */
package io.touchpointhub.identity.normalize;
