/**
 * The web channel's collection API, compatible with the Segment HTTP Tracking API, so analytics SDKs
 * that speak Segment can send to the hub unchanged.
 *
 * <p>{@link io.touchpointhub.connectors.web.segment.SegmentMessageMapper} is the entry point: it maps
 * the body of one {@code /v1/identify|track|page|screen|group|alias} call, or of a {@code /v1/batch}
 * call, to {@link io.touchpointhub.model.Touchpoint}s of {@link io.touchpointhub.model.Channel#WEB},
 * and reports what it cannot map as {@link io.touchpointhub.connectors.InvalidTouchpointException}
 * or {@link io.touchpointhub.connectors.web.segment.Rejection}s. HTTP, write-key lookup and
 * persistence belong to {@code routes}.
 */
package io.touchpointhub.connectors.web.segment;
