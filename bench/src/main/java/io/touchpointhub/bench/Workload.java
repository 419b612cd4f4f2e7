package io.touchpointhub.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one run sends, serialised before the clock starts so the measurement never includes
 * the generator.
 *
 * @param bodies           the {@code /v1/batch} request bodies, in sending order
 * @param batchSizes       the number of events in each body, for checking each answer's {@code accepted}
 * @param events           the number of events over all bodies
 * @param people           the number of simulated people
 * @param expectedProfiles the number of profiles a correct identity resolution ends with: connected
 *                         components of the identifiers the events share, computed by the generator
 * @param eventsByType     events per Segment call type, for the report
 */
record Workload(List<byte[]> bodies, List<Integer> batchSizes, int events, int people, int expectedProfiles,
                Map<String, Integer> eventsByType) {

    long bytes() {
        return bodies.stream().mapToLong(b -> b.length).sum();
    }

    String describe() {
        return String.format(java.util.Locale.ROOT,
                "%,d events for %,d people in %,d batches (%,d KB), expecting %,d profiles; by type %s",
                events, people, bodies.size(), bytes() / 1024, expectedProfiles, eventsByType);
    }
}
