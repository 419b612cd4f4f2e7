package io.touchpointhub.connectors.web.segment;

import io.touchpointhub.model.Touchpoint;

import java.util.List;

/**
 * The outcome of one {@code /v1/batch} call: Segment answers a batch as a whole, so one bad message
 * must not cost the good ones; the caller commits {@code accepted} and reports {@code rejected}.
 *
 * @param accepted touchpoints mapped from the valid messages, in batch order
 * @param rejected the messages that could not be mapped, in batch order
 */
public record SegmentBatch(List<Touchpoint> accepted, List<Rejection> rejected) {

    public SegmentBatch {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }
}
