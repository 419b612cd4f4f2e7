package io.touchpointhub.identity.undo;

/**
 * The identity stage changed the profiles of an edit between reading them and locking them: the edit
 * rolls back and runs again on the new state.
 */
final class GraphChangedException extends RuntimeException {

    GraphChangedException() {
        super("profiles changed while being locked", null, false, false);
    }
}
