/**
 * What every channel route shares: handing a channel's payload to its {@link
 * io.touchpointhub.connectors.PayloadMapper} and the touchpoints to intake, keeping a payload that cannot
 * be mapped as a dead letter, and replaying such dead letters through the same mapper.
 */
package io.touchpointhub.routes.channels;
