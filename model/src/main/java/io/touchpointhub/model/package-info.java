/**
 * The canonical records every module of the hub speaks: a {@link io.touchpointhub.model.Touchpoint}
 * from any channel, the {@link io.touchpointhub.model.Identifier}s it carries, and the
 * {@link io.touchpointhub.model.CustomerProfile} they resolve to. No dependencies beyond the JDK.
 */
package io.touchpointhub.model;
