package io.touchpointhub.identity.store;

import io.touchpointhub.identity.support.Db;
import io.touchpointhub.model.Channel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Durable positions of polled sources, so that a restarted hub resumes each timeline, feed or file
 * where it stopped. A position is opaque text to this store (an id, a URL, JSON of validators); a
 * {@code stream} separates several positions of one source (one per hashtag, per feed URL ...).
 *
 * <p>Callers save a position only after the touchpoints it covers were appended to the
 * {@link TouchpointLog}: a crash in between fetches them again, and the log's idempotency on
 * {@link io.touchpointhub.model.TouchpointKey} keeps them once.
 */
public final class SourceCursors {

    private final Db db;

    public SourceCursors(DataSource dataSource) {
        this.db = new Db(dataSource);
    }

    public Optional<String> position(Channel channel, String source, String stream) {
        List<String> found = db.jdbc().queryForList(
                "select position from source_cursor where channel = ? and source = ? and stream = ?",
                String.class, channel.name(), source, stream);
        return found.stream().findFirst();
    }

    public void save(Channel channel, String source, String stream, String position) {
        Objects.requireNonNull(position, "position");
        db.jdbc().update("""
                insert into source_cursor (channel, source, stream, position) values (?, ?, ?, ?)
                on conflict (channel, source, stream) do update set position = excluded.position, updated_at = now()
                """, channel.name(), source, stream, position);
    }

    /** Forgets a position, so that the next poll starts the source afresh. */
    public void reset(Channel channel, String source, String stream) {
        db.jdbc().update("delete from source_cursor where channel = ? and source = ? and stream = ?",
                channel.name(), source, stream);
    }
}
