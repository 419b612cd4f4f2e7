package io.touchpointhub.routes.pipeline;

import io.touchpointhub.identity.pipeline.ReadModelBatch;
import io.touchpointhub.identity.pipeline.ReadModelUnavailableException;
import io.touchpointhub.identity.pipeline.ReadModelWriter;
import io.touchpointhub.identity.pipeline.WriteResult;
import io.touchpointhub.search.SearchUnavailableException;
import io.touchpointhub.search.index.HubIndices;
import io.touchpointhub.search.index.IndexOutcome;
import io.touchpointhub.search.index.ReadModelIndexer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * The index stage's view of Elasticsearch: writes a batch in one bulk request and translates an
 * unreachable cluster into the stage's transient failure, so an outage delays indexing and loses nothing.
 */
@Component
class SearchReadModelWriter implements ReadModelWriter {

    private final ReadModelIndexer indexer;
    private final HubIndices indices;
    private final AtomicBoolean indicesReady = new AtomicBoolean();

    SearchReadModelWriter(ReadModelIndexer indexer, HubIndices indices) {
        this.indexer = indexer;
        this.indices = indices;
    }

    @Override
    public WriteResult write(ReadModelBatch batch) {
        try {
            if (!indicesReady.get()) {
                // the cluster may have been down when the hub started
                indices.ensureCreated();
                indicesReady.set(true);
            }
            IndexOutcome outcome = indexer.write(batch.touchpoints(), batch.profiles(), batch.removedProfiles());
            return new WriteResult(outcome.failedTouchpoints(), outcome.failedProfiles());
        } catch (SearchUnavailableException e) {
            throw new ReadModelUnavailableException("Elasticsearch is unavailable", e);
        }
    }
}
