package io.touchpointhub.identity.match.block;

/** Receives candidate pairs on one worker thread; one sink per worker, so it needs no locking. */
@FunctionalInterface
public interface PairSink {

    /** A candidate pair, {@code a < b}, emitted once however many blocks the two share. */
    void accept(int a, int b);
}
