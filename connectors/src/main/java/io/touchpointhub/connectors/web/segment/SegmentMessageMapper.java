package io.touchpointhub.connectors.web.segment;

import io.touchpointhub.connectors.InvalidTouchpointException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpointhub.model.Touchpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maps calls to the Segment HTTP Tracking API ({@code /v1/identify}, {@code track}, {@code page},
 * {@code screen}, {@code group}, {@code alias} and {@code batch}) to web-channel {@link Touchpoint}s,
 * so that existing Segment SDKs can send to the hub unchanged.
 *
 * <p>The mapper validates what the spec requires (sizes, a user or anonymous id, ISO-8601
 * timestamps, the fields each call type needs) and reports every failure as an
 * {@link InvalidTouchpointException} naming the field and the rule, never quoting the payload.
 * Identifiers are passed on raw; the identity stage normalises them. Thread-safe.
 */
public final class SegmentMessageMapper {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentMessageMapper.class);

    /** The spec: "a maximum of 32KB per normal API request" and per message in a batch. */
    static final int MAX_MESSAGE_BYTES = 32 * 1024;
    /** The spec: "a maximum of 500KB per batch request". */
    static final int MAX_BATCH_BYTES = 500 * 1024;
    /** The spec: "each batch request can only have up to 2500 events"; the rest are rejected. */
    static final int MAX_BATCH_MESSAGES = 2500;

    private final SegmentJson json;
    private final MessageTranslator translator;
    private final Clock clock;

    /**
     * @param mapper the application's mapper; only read from, never reconfigured
     * @param clock  gives the receipt time ({@code receivedAt})
     */
    public SegmentMessageMapper(ObjectMapper mapper, Clock clock) {
        this.json = new SegmentJson(Objects.requireNonNull(mapper, "mapper"));
        this.translator = new MessageTranslator(json);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One call to {@code /v1/{endpointType}}.
     *
     * @param source       the source resolved from the write key
     * @param endpointType {@code identify}, {@code track}, {@code page}, {@code screen}, {@code group}
     *                     or {@code alias}; a {@code type} in the body is optional and must match it
     * @param body         the raw HTTP body
     * @throws InvalidTouchpointException when the call cannot become a touchpoint
     */
    public Touchpoint map(String source, String endpointType, byte[] body) {
        Instant receivedAt = clock.instant();
        requireSource(source);
        SegmentCallType type = SegmentCallType.fromWireName(endpointType).orElseThrow(() ->
                new InvalidTouchpointException("type", "must be one of " + SegmentCallType.WIRE_NAMES));
        requireAtMost(Objects.requireNonNull(body, "body").length, MAX_MESSAGE_BYTES, "body");
        ObjectNode message = json.parseObject(body);
        JsonNode declaredType = message.get("type");
        if (declaredType != null && !declaredType.isNull() && !type.wireName().equals(declaredType.asText())) {
            throw new InvalidTouchpointException("type",
                    "must match the endpoint '" + type.wireName() + "' when present");
        }
        return translator.translate(source, type, message, BatchDefaults.NONE, receivedAt);
    }

    /**
     * A {@code /v1/batch} body: valid messages mapped, invalid ones reported with their index.
     *
     * @throws InvalidTouchpointException only when the batch as a whole is unusable: over 500 KB,
     *                                    malformed JSON, or no {@code batch} array
     */
    public SegmentBatch mapBatch(String source, byte[] body) {
        Instant receivedAt = clock.instant();
        requireSource(source);
        requireAtMost(Objects.requireNonNull(body, "body").length, MAX_BATCH_BYTES, "body");
        ObjectNode root = json.parseObject(body);
        JsonNode batch = root.get("batch");
        if (batch == null || !batch.isArray()) {
            throw new InvalidTouchpointException("batch", "is required and must be a JSON array");
        }
        BatchDefaults defaults = BatchDefaults.NONE;
        InvalidTouchpointException batchProblem = null;
        try {
            defaults = batchDefaults(root);
        } catch (InvalidTouchpointException e) {
            // A bad batch-level field spoils every message, but the batch itself is still readable.
            batchProblem = e;
        }
        List<Touchpoint> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            JsonNode element = batch.get(i);
            try {
                accepted.add(mapBatchMessage(source, i, element, defaults, batchProblem, receivedAt));
            } catch (InvalidTouchpointException e) {
                rejected.add(new Rejection(i, messageIdOf(element), e.field(), e.rule()));
            }
        }
        LOG.debug("Segment batch from source {}: {} accepted, {} rejected", source, accepted.size(),
                rejected.size());
        return new SegmentBatch(accepted, rejected);
    }

    /**
     * The {@code writeKey} some libraries send in the body instead of Basic auth.
     *
     * @return the key, or {@code null} when absent, blank, not a string or the body is not JSON
     */
    public String writeKeyInBody(byte[] body) {
        if (body == null) {
            return null;
        }
        String writeKey = json.topLevelText(body, "writeKey");
        return writeKey == null || writeKey.isBlank() ? null : writeKey;
    }

    private Touchpoint mapBatchMessage(String source, int index, JsonNode element, BatchDefaults defaults,
                                       InvalidTouchpointException batchProblem, Instant receivedAt) {
        String at = "batch[" + index + "]";
        if (index >= MAX_BATCH_MESSAGES) {
            throw new InvalidTouchpointException(at,
                    "is beyond the " + MAX_BATCH_MESSAGES + " messages a batch may hold");
        }
        if (!element.isObject()) {
            throw new InvalidTouchpointException(at, "must be a JSON object");
        }
        requireAtMost(json.serialisedSize(element), MAX_MESSAGE_BYTES, at);
        if (batchProblem != null) {
            throw batchProblem;
        }
        try {
            SegmentCallType type = SegmentCallType.fromWireName(element.path("type").asText())
                    .orElseThrow(() -> new InvalidTouchpointException("type",
                            "is required and must be one of " + SegmentCallType.WIRE_NAMES));
            return translator.translate(source, type, (ObjectNode) element, defaults, receivedAt);
        } catch (InvalidTouchpointException e) {
            throw new InvalidTouchpointException(at + "." + e.field(), e.rule());
        }
    }

    private static BatchDefaults batchDefaults(ObjectNode root) {
        ObjectNode context = MessageFields.object(root, "context");
        JsonNode sentAt = root.get("sentAt");
        SegmentTimestamps.parse(sentAt, "sentAt");
        return new BatchDefaults(context, sentAt == null || sentAt.isNull() ? null : sentAt);
    }

    /** The client's own messageId for the rejection report, if it is one worth echoing. */
    private static String messageIdOf(JsonNode element) {
        JsonNode messageId = element.path("messageId");
        if (!messageId.isTextual() && !messageId.isNumber()) {
            return null;
        }
        String text = messageId.asText();
        return text.isBlank() || text.length() > MessageTranslator.MAX_MESSAGE_ID_LENGTH ? null : text;
    }

    private static void requireAtMost(int bytes, int limit, String field) {
        if (bytes > limit) {
            throw new InvalidTouchpointException(field,
                    "must not exceed " + limit / 1024 + " KB (" + limit + " bytes)");
        }
    }

    private static void requireSource(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }
}
