package io.touchpointhub.identity.match;

import io.touchpointhub.identity.IdentityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs index ranges on a bounded number of threads (the common pool would take every core). */
final class Parallel {

    private static final int CHUNK = 1024;

    private Parallel() {
    }

    static void forEach(int count, int threads, IntConsumer action) {
        forChunks(count, threads, (from, to) -> {
            for (int i = from; i < to; i++) {
                action.accept(i);
            }
        });
    }

    /** Runs {@code action(w)} for each worker w in 0..threads-1, each on its own thread. */
    static void forWorkers(int threads, IntConsumer action) {
        AtomicInteger next = new AtomicInteger();
        run(threads, () -> action.accept(next.getAndIncrement()));
    }

    /** Hands out chunks {@code [from, to)} to {@code threads} workers until all are done. */
    static void forChunks(int count, int threads, ChunkAction action) {
        if (threads <= 1 || count <= CHUNK) {
            action.run(0, count);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        run(threads, () -> {
            for (int from = next.getAndAdd(CHUNK); from < count; from = next.getAndAdd(CHUNK)) {
                action.run(from, Math.min(count, from + CHUNK));
            }
        });
    }

    private static void run(int threads, Runnable worker) {
        if (threads <= 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(worker));
            }
            for (Future<?> running : workers) {
                running.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityException("Resolution was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IdentityException("A worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Work on the index range {@code [from, to)}. */
    @FunctionalInterface
    interface ChunkAction {
        void run(int from, int to);
    }
}
