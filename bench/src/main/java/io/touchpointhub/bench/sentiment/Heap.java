package io.touchpointhub.bench.sentiment;

/** Heap in use after a full collection: what the loaded models occupy. */
final class Heap {

    private Heap() {
    }

    static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
