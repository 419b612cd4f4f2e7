/**
 * PostgreSQL as the hub's system of record: the touchpoint log, identity resolution, profiles and the
 * pipeline's work queues. Entry points: {@link io.touchpointhub.identity.store.TouchpointLog},
 * {@link io.touchpointhub.identity.resolve.IdentityStage},
 * {@link io.touchpointhub.identity.pipeline.IndexStage},
 * {@link io.touchpointhub.identity.profile.ProfileStore} and
 * {@link io.touchpointhub.identity.normalize.IdentifierNormalizer}.
 */
package io.touchpointhub.identity;
