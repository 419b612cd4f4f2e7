package io.touchpointhub.connectors.social;

/**
 * Where a poll hands what it read: one item's JSON, or the whole body of a page that could not be read.
 * {@code routes} maps it and stores its touchpoints, or keeps it as a dead letter. It returns only once
 * the payload is safely stored or dead-lettered; a storage failure must propagate, so that the poll
 * stops before its cursor moves past the payload.
 */
@FunctionalInterface
public interface PayloadSink {

    void accept(String payload);
}
