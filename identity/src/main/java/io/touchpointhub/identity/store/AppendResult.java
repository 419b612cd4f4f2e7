package io.touchpointhub.identity.store;

/**
 * What {@link TouchpointLog#appendAll} did with one touchpoint.
 *
 * @param id      the touchpoint's id in the log (the existing one when its key was already known)
 * @param created true when this call stored it, false for a repeat of a known key
 */
public record AppendResult(long id, boolean created) {
}
