package io.touchpointhub.search.index;

import io.touchpointhub.search.SearchException;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the read models less often while the index stage works through a backlog, as Elasticsearch
 * advises for bulk loads, and makes everything searchable at once when the backlog is written.
 *
 * <p>Normally both indices refresh every second: a document is searchable within a second of being
 * written. While batches come back full, work is queued behind them and documents wait in the queue
 * longer than a second anyway; each refresh then only publishes a small segment that must be merged
 * again later. So on a full batch the interval becomes {@code catchUpInterval} (5 s by default), and on
 * the first batch that is not full (the backlog is written) it goes back to one second and the indices are
 * refreshed once, so nothing written during the catch-up waits for the next scheduled refresh. Under a
 * backlog a written document is therefore searchable within {@code catchUpInterval}, never later, even if
 * the backlog never ends. Measured with {@code bench/ingest.sh} (docs/benchmarks.md).
 *
 * <p>Used by one index stage thread. The first batch of an instance sets the interval either way, so an
 * instance that was killed while catching up leaves the slower interval only until an instance writes again.
 */
public final class CatchUpRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(CatchUpRefresh.class);

    private final HubIndices indices;
    private final Duration catchUpInterval;
    private Boolean catchingUp;
    private boolean failing;

    /** @param catchUpInterval the refresh interval under a backlog; one second or less turns catching up off */
    public CatchUpRefresh(HubIndices indices, Duration catchUpInterval) {
        this.indices = Objects.requireNonNull(indices, "indices");
        this.catchUpInterval = Objects.requireNonNull(catchUpInterval, "catchUpInterval");
    }

    /**
     * After each index batch.
     *
     * @param written the items the batch handled
     * @param limit   the most it could have claimed; a batch that reaches it leaves work behind
     */
    public void afterBatch(int written, int limit) {
        boolean backlog = written >= limit && catchUpInterval.compareTo(Duration.ofSeconds(1)) > 0;
        if (Boolean.valueOf(backlog).equals(catchingUp)) {
            return;
        }
        try {
            if (backlog) {
                indices.refreshEvery(catchUpInterval);
                LOG.debug("Index backlog: refreshing every {} until it is written", catchUpInterval);
            } else {
                indices.refreshEvery(null);
                if (catchingUp != null) {
                    indices.refresh();
                    LOG.debug("Index backlog written: refreshing every second again");
                }
            }
            catchingUp = backlog;
            failing = false;
        } catch (SearchException e) {
            // the documents are written; only their visibility waits. Tried again after the next batch
            // (every poll while Elasticsearch is down: warned once)
            if (!failing) {
                LOG.warn("Could not change the refresh interval of the read models ({})", e.getClass().getSimpleName());
            }
            failing = true;
        }
    }

    /** Whether the read models refresh at the catch-up interval now (as far as this instance set it). */
    public boolean catchingUp() {
        return Boolean.TRUE.equals(catchingUp);
    }
}
