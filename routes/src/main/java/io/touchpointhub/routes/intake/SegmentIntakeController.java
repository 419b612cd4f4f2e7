package io.touchpointhub.routes.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.connectors.web.segment.Rejection;
import io.touchpointhub.connectors.web.segment.SegmentBatch;
import io.touchpointhub.connectors.web.segment.SegmentMessageMapper;
import io.touchpointhub.model.Touchpoint;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Segment HTTP tracking API ({@code /v1/identify}, {@code /v1/track}, {@code /v1/page},
 * {@code /v1/screen}, {@code /v1/group}, {@code /v1/alias}, {@code /v1/batch}, and analytics.js's short
 * forms {@code /v1/i}, {@code /v1/t} ...). A 200 means the touchpoints are committed.
 */
@RestController
@Tag(name = "Collection API", description = "Segment-compatible intake of web touchpoints")
class SegmentIntakeController {

    /** Segment's documented limits. */
    static final int MAX_MESSAGE_BYTES = 32 * 1024;
    static final int MAX_BATCH_BYTES = 500 * 1024;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("identify", "identify"), Map.entry("i", "identify"),
            Map.entry("track", "track"), Map.entry("t", "track"),
            Map.entry("page", "page"), Map.entry("p", "page"),
            Map.entry("screen", "screen"), Map.entry("s", "screen"),
            Map.entry("group", "group"), Map.entry("g", "group"),
            Map.entry("alias", "alias"), Map.entry("a", "alias"));

    private final SegmentMessageMapper mapper;
    private final WriteKeys writeKeys;
    private final TouchpointIntake intake;

    SegmentIntakeController(SegmentMessageMapper mapper, WriteKeys writeKeys, TouchpointIntake intake) {
        this.mapper = mapper;
        this.writeKeys = writeKeys;
        this.intake = intake;
    }

    @Operation(summary = "One identify, track, page, screen, group or alias call")
    @PostMapping("/v1/{type:identify|track|page|screen|group|alias|i|t|p|s|g|a}")
    ResponseEntity<Map<String, Object>> single(@PathVariable String type,
                                               @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                               HttpServletRequest request) throws IOException {
        byte[] body = BoundedBody.read(request.getInputStream(), MAX_MESSAGE_BYTES, "32 KB");
        String source = authenticate(authorization, body);
        Touchpoint touchpoint = mapper.map(source, TYPES.get(type), body);
        intake.accept(List.of(touchpoint));
        return ResponseEntity.ok(Map.of("success", true));
    }

    @Operation(summary = "Up to 500 KB of messages of any type; valid ones are kept, rejected ones listed")
    @PostMapping("/v1/batch")
    ResponseEntity<Map<String, Object>> batch(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                              HttpServletRequest request) throws IOException {
        byte[] body = BoundedBody.read(request.getInputStream(), MAX_BATCH_BYTES, "500 KB");
        String source = authenticate(authorization, body);
        SegmentBatch batch = mapper.mapBatch(source, body);
        if (batch.accepted().isEmpty() && !batch.rejected().isEmpty()) {
            throw new RejectedBatchException(batch.rejected());
        }
        intake.accept(batch.accepted());
        return ResponseEntity.ok(Map.of(
                "success", true,
                "accepted", batch.accepted().size(),
                "rejected", batch.rejected().stream().map(SegmentIntakeController::describe).toList()));
    }

    static Map<String, Object> describe(Rejection rejection) {
        return rejection.messageId() == null
                ? Map.of("index", rejection.index(), "field", rejection.field(), "rule", rejection.rule())
                : Map.of("index", rejection.index(), "messageId", rejection.messageId(),
                        "field", rejection.field(), "rule", rejection.rule());
    }

    private String authenticate(String authorization, byte[] body) {
        return writeKeys.sourceForAuthorization(authorization)
                .or(() -> authorization == null ? writeKeys.sourceForKey(mapper.writeKeyInBody(body)) : Optional.empty())
                .orElseThrow(InvalidWriteKeyException::new);
    }
}
