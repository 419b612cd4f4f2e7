package io.touchpointhub.bench.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak resident memory of a child process, from {@code VmHWM} in {@code /proc/<pid>/status}, read
 * every 200 ms until it exits (the kernel drops the file at exit, so the last reading is what is known).
 * Zero cost off Linux: it simply reports -1.
 */
final class PeakMemory {

    private final Path status;
    private final Thread watcher;
    private volatile long peakKb = -1;
    private volatile boolean stopped;

    private PeakMemory(long pid) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
        this.watcher = new Thread(this::poll, "peak-memory-" + pid);
        this.watcher.setDaemon(true);
    }

    static PeakMemory watch(long pid) {
        PeakMemory memory = new PeakMemory(pid);
        memory.watcher.start();
        return memory;
    }

    void stop() throws InterruptedException {
        stopped = true;
        watcher.interrupt();
        watcher.join(1_000);
    }

    long peakMb() {
        return peakKb < 0 ? -1 : peakKb / 1024;
    }

    private void poll() {
        while (!stopped) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
                Thread.sleep(200);
            } catch (IOException | RuntimeException e) {
                return; // the process is gone, or this is not Linux
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
