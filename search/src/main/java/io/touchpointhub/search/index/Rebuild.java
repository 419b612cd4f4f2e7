package io.touchpointhub.search.index;

import java.util.List;

/**
 * A pair of fresh indices being loaded from the system of record, not yet visible to readers. Write
 * into it with {@link ReadModelIndexer#writeTo}, then {@link #commit()} to swap both aliases to it at
 * once, or {@link #abort()} to drop it. Closing a rebuild that was not committed aborts it, so
 * try-with-resources never leaves half-loaded indices behind.
 *
 * <p>Touchpoints the live pipeline writes to the aliases while a rebuild loads are not copied: replay
 * from the rebuild's start (or write to both) before committing.
 */
public final class Rebuild implements AutoCloseable {

    private enum State { OPEN, COMMITTED, ABORTED }

    private final HubIndices indices;
    private final String profilesIndex;
    private final String touchpointsIndex;
    private State state = State.OPEN;

    Rebuild(HubIndices indices, String profilesIndex, String touchpointsIndex) {
        this.indices = indices;
        this.profilesIndex = profilesIndex;
        this.touchpointsIndex = touchpointsIndex;
    }

    public String profilesIndex() {
        return profilesIndex;
    }

    public String touchpointsIndex() {
        return touchpointsIndex;
    }

    public synchronized boolean isOpen() {
        return state == State.OPEN;
    }

    /**
     * Makes the rebuilt indices live: both aliases move in one atomic request and the old indices are
     * deleted in it. If this throws, the rebuild stays open and the live indices are untouched.
     */
    public synchronized void commit() {
        if (state != State.OPEN) {
            throw new IllegalStateException("rebuild already " + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        indices.commit(this);
        state = State.COMMITTED;
    }

    /** Deletes the rebuilt indices; a no-op if already aborted. */
    public synchronized void abort() {
        if (state == State.COMMITTED) {
            throw new IllegalStateException("rebuild already committed; its indices are live");
        }
        if (state == State.OPEN) {
            indices.delete(List.of(profilesIndex, touchpointsIndex));
            state = State.ABORTED;
        }
    }

    /** Aborts unless committed. */
    @Override
    public synchronized void close() {
        if (state == State.OPEN) {
            abort();
        }
    }
}
