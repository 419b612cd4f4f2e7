package io.touchpointhub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What one run measured, and whether the hub ended in the state a correct resolution must reach. */
record RunResult(int run, Workload workload, IngestPhase.Baseline baseline, double coldEndToEndRate,
                 IngestPhase.Result ingest, RawBulkPhase.Result raw) {

    double intakeRate() {
        return workload.events() / ingest.intakeSeconds();
    }

    double endToEndRate() {
        return workload.events() / ingest.endToEndSeconds();
    }

    double rawDocumentRate() {
        return raw.documents() / raw.seconds();
    }

    /**
     * The raw rate counted in events: touchpoint documents per second, with the profile documents that
     * ride along in the same proportion (the copy includes the warm-up's documents too).
     */
    double rawEventRate() {
        return raw.touchpointDocuments() / raw.seconds();
    }

    /** End to end ÷ raw, both in events per second. */
    double ratio() {
        return endToEndRate() / rawEventRate();
    }

    /** Empty when correct; otherwise what differs from what the generator expects. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        HubProcess.Stats stats = ingest.finalStats();
        if (stats.touchpoints() - baseline.touchpoints() != workload.events()) {
            problems.add("touchpoints " + stats.touchpoints() + " != events " + workload.events() + " + warm-up");
        }
        if (stats.liveProfiles() - baseline.liveProfiles() != workload.expectedProfiles()) {
            problems.add("liveProfiles " + stats.liveProfiles() + " != expected " + workload.expectedProfiles() + " + warm-up");
        }
        if (stats.deadLetters() != 0) {
            problems.add(stats.deadLetters() + " dead letters");
        }
        if (raw.touchpointDocuments() - baseline.touchpoints() != workload.events()) {
            problems.add("hub-touchpoints holds " + raw.touchpointDocuments() + " documents for " + workload.events() + " events + warm-up");
        }
        if (raw.profileDocuments() - baseline.liveProfiles() != workload.expectedProfiles()) {
            problems.add("hub-profiles holds " + raw.profileDocuments() + " documents, expected " + workload.expectedProfiles() + " + warm-up");
        }
        return problems;
    }

    /**
     * Every CPU consumer, largest first, after the total, e.g. {@code total 41.0 (82.0 per 100k events):
     * PostgreSQL 9.0, ...}: the total per 100k events compares variants on a machine too noisy for
     * wall-clock figures.
     */
    String cpuLine() {
        double total = ingest.cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format(Locale.ROOT, "CPU seconds during the run: total %.1f (%.1f per 100k events): ",
                total, total * 100_000 / workload.events())
                + ingest.cpuSeconds().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    String line() {
        return String.format(Locale.ROOT,
                "run %d: intake %,.0f ev/s (%.1f s, ack p50 %.0f ms p99 %.0f ms) | end-to-end %,.0f ev/s (%.1f s;"
                        + " identify drained %.1f s, index drained %.1f s; peak backlog identify %,d index %,d)"
                        + "%s | raw bulk %,.0f docs/s = %,.0f ev/s (%,d docs, %.1f s) | ratio %.2f | profiles %,d/%,d %s",
                run, intakeRate(), ingest.intakeSeconds(), ingest.ackMillisP50(), ingest.ackMillisP99(),
                endToEndRate(), ingest.endToEndSeconds(), ingest.identifyDrainedSeconds(), ingest.indexDrainedSeconds(),
                ingest.peakIdentifyBacklog(), ingest.peakIndexBacklog(),
                coldEndToEndRate > 0 ? String.format(Locale.ROOT, "; cold hub before warm-up %,.0f ev/s", coldEndToEndRate) : "",
                rawDocumentRate(), rawEventRate(), raw.documents(), raw.seconds(), ratio(),
                ingest.finalStats().liveProfiles() - baseline.liveProfiles(), workload.expectedProfiles(),
                problems().isEmpty() ? "OK" : "WRONG: " + String.join("; ", problems()));
    }
}
