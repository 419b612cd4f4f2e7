package io.touchpointhub.routes.pipeline;

import io.touchpointhub.identity.pipeline.ReadModelBatch;
import io.touchpointhub.identity.pipeline.TouchpointAnalyses;
import io.touchpointhub.identity.pipeline.ReadModelUnavailableException;
import io.touchpointhub.identity.pipeline.ReadModelWriter;
import io.touchpointhub.identity.pipeline.WriteResult;
import io.touchpointhub.search.SearchUnavailableException;
import io.touchpointhub.search.index.HubIndices;
import io.touchpointhub.search.index.IndexOutcome;
import io.touchpointhub.search.index.ReadModelIndexer;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.model.TouchpointAnalysis;
import java.util.Map;
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
    private final TouchpointAnalyses analyses;
    private final AtomicBoolean indicesReady = new AtomicBoolean();

    SearchReadModelWriter(ReadModelIndexer indexer, HubIndices indices, TouchpointAnalyses analyses) {
        this.indexer = indexer;
        this.indices = indices;
        this.analyses = analyses;
    }

    @Override
    public WriteResult write(ReadModelBatch batch) {
        try {
            if (!indicesReady.get()) {
                // the cluster may have been down when the hub started
                indices.ensureCreated();
                indicesReady.set(true);
            }
            // the NLP stage's results, committed before this batch was claimed (docs/listening.md)
            Map<Long, TouchpointAnalysis> analysed = analyses.find(
                    batch.touchpoints().stream().map(ResolvedTouchpoint::id).toList());
            IndexOutcome outcome = indexer.write(batch.touchpoints(), analysed, batch.profiles(),
                    batch.removedProfiles());
            return new WriteResult(outcome.failedTouchpoints(), outcome.failedProfiles());
        } catch (SearchUnavailableException e) {
            throw new ReadModelUnavailableException("Elasticsearch is unavailable", e);
        }
    }
}
