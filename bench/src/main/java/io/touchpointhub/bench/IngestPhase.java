package io.touchpointhub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends a workload with K concurrent senders and times it until every event is resolved and searchable,
 * printing a one-second timeline of the pipeline's backlog: the stage whose backlog grows is the
 * bottleneck.
 */
final class IngestPhase {

    /**
     * Seconds are from the first send. {@code identifyDrained} and {@code indexDrained} are when the
     * backlog of that stage was first seen empty after the last acknowledgement.
     */
    record Result(double intakeSeconds, double identifyDrainedSeconds, double indexDrainedSeconds,
                  double endToEndSeconds, long peakIdentifyBacklog, long peakIndexBacklog,
                  double ackMillisP50, double ackMillisP99, HubProcess.Stats finalStats, List<String> timeline,
                  Map<String, Double> cpuSeconds) {

        Result withCpu(Map<String, Double> cpu) {
            return new Result(intakeSeconds, identifyDrainedSeconds, indexDrainedSeconds, endToEndSeconds,
                    peakIdentifyBacklog, peakIndexBacklog, ackMillisP50, ackMillisP99, finalStats, timeline, cpu);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 100;
    private static final long TIMELINE_MILLIS = 1_000;
    /** Nothing moved for this long: the pipeline is stuck, not slow. */
    private static final Duration STALL = Duration.ofSeconds(120);

    /** What the hub already held (from a warm-up) when this phase started; its counts are on top. */
    record Baseline(long touchpoints, long liveProfiles) {
        static final Baseline EMPTY = new Baseline(0, 0);
    }

    private final HubProcess hub;
    private final SearchNode search;
    private final PrintStream out;
    private final Baseline baseline;

    IngestPhase(HubProcess hub, SearchNode search, PrintStream out, Baseline baseline) {
        this.hub = hub;
        this.search = search;
        this.out = out;
        this.baseline = baseline;
    }

    Result run(Workload workload, int senders) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong acked = new AtomicLong();
        AtomicLong lastAck = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        long[] ackNanos = new long[workload.bodies().size()];
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CpuProfile.Snapshot cpuBefore = CpuProfile.take(hub.handle(), hub.helpers());
        long t0 = System.nanoTime();
        for (int s = 0; s < senders; s++) {
            pool.execute(() -> send(workload, next, acked, lastAck, failure, ackNanos));
        }
        pool.shutdown();
        try {
            Result result = watch(workload, t0, pool, acked, lastAck, failure, ackNanos);
            return result.withCpu(CpuProfile.between(cpuBefore, CpuProfile.take(hub.handle(), hub.helpers())));
        } finally {
            pool.shutdownNow();
        }
    }

    private void send(Workload workload, AtomicInteger next, AtomicLong acked, AtomicLong lastAck,
                      AtomicReference<String> failure, long[] ackNanos) {
        for (int i = next.getAndIncrement(); i < workload.bodies().size() && failure.get() == null; i = next.getAndIncrement()) {
            try {
                long started = System.nanoTime();
                HttpResponse<String> response = hub.postBatch(workload.bodies().get(i));
                long now = System.nanoTime();
                ackNanos[i] = now - started;
                String problem = problem(response, workload.batchSizes().get(i));
                if (problem != null) {
                    failure.compareAndSet(null, "batch " + i + ": " + problem);
                    return;
                }
                acked.addAndGet(workload.batchSizes().get(i));
                lastAck.accumulateAndGet(now, Math::max);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failure.compareAndSet(null, "batch " + i + ": " + e);
                return;
            }
        }
    }

    /** Every batch must be answered 200 with all its events accepted and none rejected. */
    private static String problem(HttpResponse<String> response, int events) {
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            if (body.path("accepted").asInt(-1) != events || body.path("rejected").size() != 0) {
                return "accepted " + body.path("accepted") + " of " + events + ", rejected " + abbreviate(body.path("rejected").toString());
            }
            return null;
        } catch (Exception e) {
            return "unreadable answer " + abbreviate(response.body());
        }
    }

    private Result watch(Workload workload, long t0, ExecutorService pool, AtomicLong acked, AtomicLong lastAck,
                         AtomicReference<String> failure, long[] ackNanos) throws Exception {
        long n = baseline.touchpoints() + workload.events();
        long nextTimeline = t0;
        long identifyDrained = -1;
        long indexDrained = -1;
        long peakIdentify = 0;
        long peakIndex = 0;
        String progress = "";
        long progressAt = t0;
        HubProcess.Stats stats = null;
        List<String> timeline = new ArrayList<>();
        while (true) {
            Thread.sleep(POLL_MILLIS);
            if (failure.get() != null) {
                throw new IllegalStateException("intake failed: " + failure.get());
            }
            long now = System.nanoTime();
            boolean sent = pool.isTerminated();
            long searchable = search.count(SearchNode.TOUCHPOINTS);
            if (searchable > n) {
                throw new IllegalStateException(searchable + " touchpoints searchable for " + n + " events sent");
            }
            boolean timelineDue = now >= nextTimeline;
            if (timelineDue || searchable == n && sent) {
                stats = hub.stats();
                peakIdentify = Math.max(peakIdentify, stats.identifyBacklog());
                peakIndex = Math.max(peakIndex, stats.indexBacklog());
                if (sent && identifyDrained < 0 && stats.identifyBacklog() == 0 && stats.touchpoints() == n) {
                    identifyDrained = now;
                }
                if (identifyDrained >= 0 && indexDrained < 0 && stats.indexBacklog() == 0) {
                    indexDrained = now;
                }
            }
            if (timelineDue) {
                String line = String.format(java.util.Locale.ROOT,
                        "%6.1fs  acked %,9d  logged %,9d  identify backlog %,7d  index backlog %,7d  searchable %,9d  profiles %,8d  dead %d",
                        (now - t0) / 1e9, acked.get(), stats.touchpoints(), stats.identifyBacklog(), stats.indexBacklog(),
                        searchable, stats.liveProfiles(), stats.deadLetters());
                timeline.add(line);
                out.println("  " + line);
                nextTimeline += TIMELINE_MILLIS * 1_000_000;
            }
            if (sent && searchable == n && stats != null && stats.drained()) {
                double ackP50 = percentile(ackNanos, 0.50);
                double ackP99 = percentile(ackNanos, 0.99);
                return new Result(seconds(lastAck.get() - t0), seconds(identifyDrained - t0),
                        seconds((indexDrained < 0 ? now : indexDrained) - t0), seconds(now - t0),
                        peakIdentify, peakIndex, ackP50, ackP99, stats, List.copyOf(timeline), Map.of());
            }
            String current = acked.get() + "/" + searchable + "/" + (stats == null ? "" : stats.toString());
            if (!current.equals(progress)) {
                progress = current;
                progressAt = now;
            } else if (now - progressAt > STALL.toNanos()) {
                throw new IllegalStateException("no progress for " + STALL.toSeconds() + " s: acked " + acked.get()
                        + ", searchable " + searchable + ", " + stats + "\nhub log:\n" + hub.logTail(30));
            }
        }
    }

    private static double percentile(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? String.valueOf(text) : text.substring(0, 300) + "...";
    }
}
