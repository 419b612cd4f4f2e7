package io.touchpointhub.identity.pipeline;

/**
 * Writes read models (Elasticsearch documents) for what the index stage hands over. Implemented
 * outside this module (the {@code routes} module adapts the {@code search} module to it).
 *
 * <p>Writes must be idempotent: documents get deterministic ids (the touchpoint id, the profile id),
 * because a crash after the write and before the index stage commits hands the same batch over again.
 */
@FunctionalInterface
public interface ReadModelWriter {

    /**
     * @return which items failed and why; anything not listed counts as written
     * @throws ReadModelUnavailableException when the read store cannot be reached: the whole batch is
     *         retried later and no attempt is counted against its items
     */
    WriteResult write(ReadModelBatch batch);
}
