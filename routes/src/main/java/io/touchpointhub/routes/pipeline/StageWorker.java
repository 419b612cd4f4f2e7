package io.touchpointhub.routes.pipeline;

import java.time.Duration;
import java.util.function.IntUnaryOperator;

/**
 * Drains one stage: runs batches back to back while they come back full, for at most a slice of time
 * so that a busy stage still yields its thread to Camel's shutdown.
 */
final class StageWorker {

    private static final Duration SLICE = Duration.ofSeconds(5);

    private StageWorker() {
    }

    /** @return touchpoints or work items processed in this slice */
    static int drain(IntUnaryOperator runOnce, int batchSize) {
        long deadline = System.nanoTime() + SLICE.toNanos();
        int total = 0;
        int processed;
        do {
            processed = runOnce.applyAsInt(batchSize);
            total += processed;
        } while (processed > 0 && System.nanoTime() < deadline);
        return total;
    }
}
