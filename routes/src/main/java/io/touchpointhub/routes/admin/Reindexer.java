package io.touchpointhub.routes.admin;

import io.touchpointhub.identity.pipeline.IndexStage;
import io.touchpointhub.identity.pipeline.TouchpointAnalyses;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.search.index.HubIndices;
import io.touchpointhub.search.index.IndexOutcome;
import io.touchpointhub.search.index.ReadModelIndexer;
import io.touchpointhub.search.index.Rebuild;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds both read models from the system of record into fresh indices and swaps the aliases in one
 * step, so searches never see a half-built index. The index stage is paused meanwhile (on every
 * instance) so no write lands in the old indices after the copy started.
 */
@Component
class Reindexer {

    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);
    private static final int BATCH = 1000;

    private final IndexStage indexStage;
    private final HubIndices indices;
    private final ReadModelIndexer indexer;
    private final TouchpointAnalyses analyses;

    Reindexer(IndexStage indexStage, HubIndices indices, ReadModelIndexer indexer, TouchpointAnalyses analyses) {
        this.indexStage = indexStage;
        this.indices = indices;
        this.indexer = indexer;
        this.analyses = analyses;
    }

    /** A finished rebuild: documents written and failed. */
    record Result(long profiles, long touchpoints, long failed) {
    }

    Result rebuild() {
        AtomicLong profiles = new AtomicLong();
        AtomicLong touchpoints = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        indexStage.pausedWhile(() -> {
            Rebuild rebuild = indices.beginRebuild();
            try {
                indexStage.forEachProfile(BATCH, batch -> {
                    IndexOutcome outcome = indexer.writeTo(rebuild, List.of(), batch, List.of());
                    profiles.addAndGet(batch.size() - outcome.failedProfiles().size());
                    failed.addAndGet(outcome.failedProfiles().size());
                });
                indexStage.forEachResolvedTouchpoint(BATCH, batch -> {
                    IndexOutcome outcome = indexer.writeTo(rebuild, batch,
                            analyses.find(batch.stream().map(ResolvedTouchpoint::id).toList()), List.of(), List.of());
                    touchpoints.addAndGet(batch.size() - outcome.failedTouchpoints().size());
                    failed.addAndGet(outcome.failedTouchpoints().size());
                });
                rebuild.commit();
            } catch (RuntimeException e) {
                rebuild.abort();
                throw e;
            }
        });
        LOG.info("Rebuilt read models: {} profiles, {} touchpoints, {} failed", profiles, touchpoints, failed);
        return new Result(profiles.get(), touchpoints.get(), failed.get());
    }
}
