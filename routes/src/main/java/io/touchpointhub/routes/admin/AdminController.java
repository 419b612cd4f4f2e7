package io.touchpointhub.routes.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.identity.pipeline.DeadLetters;
import io.touchpointhub.identity.pipeline.PipelineBacklog;
import io.touchpointhub.identity.profile.ProfileStore;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.routes.channels.PayloadReplay;
import io.touchpointhub.routes.web.InvalidFieldException;
import io.touchpointhub.routes.web.NotFoundException;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reindex and dead letters. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration", description = "Rebuild the read models; list and replay dead letters")
class AdminController {

    private final Reindexer reindexer;
    private final DeadLetters deadLetters;
    private final TouchpointLog touchpointLog;
    private final ProfileStore profileStore;
    private final PipelineBacklog backlog;
    private final PayloadReplay payloadReplay;

    AdminController(Reindexer reindexer, DeadLetters deadLetters, TouchpointLog touchpointLog,
                    ProfileStore profileStore, PipelineBacklog backlog, PayloadReplay payloadReplay) {
        this.reindexer = reindexer;
        this.deadLetters = deadLetters;
        this.touchpointLog = touchpointLog;
        this.profileStore = profileStore;
        this.backlog = backlog;
        this.payloadReplay = payloadReplay;
    }

    @Operation(summary = "Counts from the system of record: touchpoints, live profiles, pipeline backlog, dead letters")
    @GetMapping("/stats")
    Map<String, Object> stats() {
        Map<String, Long> pending = backlog.pending();
        return Map.of(
                "touchpoints", touchpointLog.count(),
                "liveProfiles", profileStore.liveProfileCount(),
                "backlog", pending,
                "deadLetters", pending.getOrDefault(PipelineBacklog.DEAD_LETTERS, 0L));
    }

    @Operation(summary = "Rebuild the profiles and touchpoints indices from PostgreSQL and swap them in atomically")
    @PostMapping("/reindex")
    Reindexer.Result reindex() {
        return reindexer.rebuild();
    }

    @Operation(summary = "Touchpoints a stage could not process after retries, newest first, with the reason")
    @GetMapping("/dead-letters")
    Map<String, Object> deadLetters(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidFieldException("limit", "must be between 1 and 1000");
        }
        return Map.of("pending", deadLetters.pendingCount(), "deadLetters", deadLetters.list(limit));
    }

    @Operation(summary = "Queue one dead letter for its stage again; a channel payload goes through its mapper again")
    @PostMapping("/dead-letters/{id}/replay")
    Map<String, Object> replay(@PathVariable long id) {
        if (!deadLetters.pendingPayloads(id).isEmpty()) {
            int stored = payloadReplay.replay(id);
            return Map.of("replayed", stored, "failedAgain", 1 - stored);
        }
        if (!deadLetters.replay(id)) {
            throw new NotFoundException("No dead letter " + id + " waiting for replay");
        }
        return Map.of("replayed", 1);
    }

    @Operation(summary = "Queue every dead letter waiting for replay again")
    @PostMapping("/dead-letters/replay")
    Map<String, Object> replayAll() {
        return Map.of("replayed", deadLetters.replayAll() + payloadReplay.replay(null));
    }
}
