/**
 * The pipeline after identity resolution: the index stage that turns queued work into read-model
 * writes, retry with back-off, the dead-letter store with replay, backlog figures, and the readers a
 * full reindex streams from.
 */
package io.touchpointhub.identity.pipeline;
