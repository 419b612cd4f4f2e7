package io.touchpointhub.identity.pipeline;

import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ResolvedTouchpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A read store in memory, keyed by document id like Elasticsearch, with switchable faults. */
final class RecordingWriter implements ReadModelWriter {

    final Map<Long, ResolvedTouchpoint> touchpoints = new HashMap<>();
    final Map<ProfileId, CustomerProfile> profiles = new HashMap<>();
    final List<ReadModelBatch> batches = new ArrayList<>();
    final Set<Long> poisonTouchpoints = new HashSet<>();
    final Set<Long> rejectedTouchpoints = new HashSet<>();
    int touchpointWrites;
    boolean unavailable;

    @Override
    public WriteResult write(ReadModelBatch batch) {
        if (unavailable) {
            throw new ReadModelUnavailableException("connection refused");
        }
        for (ResolvedTouchpoint t : batch.touchpoints()) {
            if (poisonTouchpoints.contains(t.id())) {
                throw new IllegalStateException("mapper exploded on touchpoint " + t.id());
            }
        }
        batches.add(batch);
        Map<Long, String> failed = new HashMap<>();
        for (ResolvedTouchpoint t : batch.touchpoints()) {
            if (rejectedTouchpoints.contains(t.id())) {
                failed.put(t.id(), "mapper_parsing_exception");
            } else {
                touchpointWrites++;
                touchpoints.put(t.id(), t);
            }
        }
        batch.profiles().forEach(p -> profiles.put(p.id(), p));
        batch.removedProfiles().forEach(profiles::remove);
        return new WriteResult(failed, Map.of());
    }
}
