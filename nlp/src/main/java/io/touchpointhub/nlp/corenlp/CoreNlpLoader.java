package io.touchpointhub.nlp.corenlp;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the CoreNLP pipeline once, in the background, when it is first wanted, so that neither the hub's
 * start nor that first text waits for the models (10–20 s); until then the analyser answers from its
 * lexicon layer alone.
 */
public final class CoreNlpLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpLoader.class);

    private final CompletableFuture<CoreNlpPipeline> pipeline = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    /** Starts loading on a daemon thread; calling it again does nothing. */
    public CoreNlpLoader start() {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(this::load, "corenlp-loader");
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    /** Whether {@link #start()} was called. */
    public boolean started() {
        return started.get();
    }

    private void load() {
        long started = System.nanoTime();
        try {
            CoreNlpPipeline loaded = CoreNlpPipeline.load();
            LOG.info("CoreNLP pipeline loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
            pipeline.complete(loaded);
        } catch (RuntimeException | Error e) {
            LOG.error("Loading the CoreNLP pipeline failed; sentiment continues with the lexicon layer only", e);
            pipeline.completeExceptionally(e);
        }
    }

    /** The pipeline if it has loaded. */
    public Optional<CoreNlpPipeline> ready() {
        return pipeline.isDone() && !pipeline.isCompletedExceptionally()
                ? Optional.of(pipeline.join()) : Optional.empty();
    }

    /** Waits for the pipeline (for tests and the benchmark); empty if loading failed. */
    public Optional<CoreNlpPipeline> await() {
        start();
        try {
            return Optional.of(pipeline.join());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
