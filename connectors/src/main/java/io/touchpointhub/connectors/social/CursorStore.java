package io.touchpointhub.connectors.social;

import java.util.Optional;

/** Durable cursors of one source, one per stream; {@code routes} keeps them in PostgreSQL. */
public interface CursorStore {

    Optional<String> load(String stream);

    void save(String stream, String position);
}
