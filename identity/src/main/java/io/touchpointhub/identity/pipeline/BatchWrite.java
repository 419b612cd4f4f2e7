package io.touchpointhub.identity.pipeline;

import io.touchpointhub.identity.support.Db;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ResolvedTouchpoint;
import java.util.List;
import java.util.Map;

/**
 * One call of the writer for a batch, falling back to one call per item when the writer throws for
 * the batch as a whole: one poison document must not fail (and eventually dead-letter) its neighbours.
 */
final class BatchWrite {

    private final ReadModelWriter writer;

    BatchWrite(ReadModelWriter writer) {
        this.writer = writer;
    }

    void write(ReadModelBatch batch, Map<Long, String> failedTouchpoints, Map<ProfileId, String> failedProfiles) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            collect(writer.write(batch), failedTouchpoints, failedProfiles);
        } catch (ReadModelUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                failAll(batch, Db.reason(e), failedTouchpoints, failedProfiles);
            } else {
                writeOneByOne(batch, failedTouchpoints, failedProfiles);
            }
        }
    }

    private void writeOneByOne(ReadModelBatch batch, Map<Long, String> failedTouchpoints,
                               Map<ProfileId, String> failedProfiles) {
        for (ResolvedTouchpoint touchpoint : batch.touchpoints()) {
            write(new ReadModelBatch(List.of(touchpoint), List.of(), List.of()), failedTouchpoints, failedProfiles);
        }
        for (CustomerProfile profile : batch.profiles()) {
            write(new ReadModelBatch(List.of(), List.of(profile), List.of()), failedTouchpoints, failedProfiles);
        }
        for (ProfileId removed : batch.removedProfiles()) {
            write(new ReadModelBatch(List.of(), List.of(), List.of(removed)), failedTouchpoints, failedProfiles);
        }
    }

    private static void collect(WriteResult result, Map<Long, String> failedTouchpoints,
                                Map<ProfileId, String> failedProfiles) {
        if (result != null) {
            failedTouchpoints.putAll(result.failedTouchpoints());
            failedProfiles.putAll(result.failedProfiles());
        }
    }

    private static void failAll(ReadModelBatch batch, String reason, Map<Long, String> failedTouchpoints,
                                Map<ProfileId, String> failedProfiles) {
        batch.touchpoints().forEach(t -> failedTouchpoints.put(t.id(), reason));
        batch.profiles().forEach(p -> failedProfiles.put(p.id(), reason));
        batch.removedProfiles().forEach(id -> failedProfiles.put(id, reason));
    }
}
