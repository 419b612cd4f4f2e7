package io.touchpointhub.identity.store;

import io.touchpointhub.identity.support.Db;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Tracked topics created through the API (table {@code tracked_topic}); the hub's configured ones are not here. */
public final class TrackedTopicStore {

    private static final String COLUMNS = "select name, kind, query, exclude from tracked_topic";
    private static final String UPSERT = """
            insert into tracked_topic (name, kind, query, exclude) values (?, ?, ?, ?::text[])
            on conflict (name) do update
                set kind = excluded.kind, query = excluded.query, exclude = excluded.exclude, updated_at = now()
            returning (xmax = 0)
            """;

    /** One stored topic. */
    public record StoredTopic(String name, String kind, String query, List<String> exclude) {
    }

    private final Db db;

    public TrackedTopicStore(DataSource dataSource) {
        this.db = new Db(dataSource);
    }

    /** Every stored topic, by name. */
    public List<StoredTopic> all() {
        return db.jdbc().query(COLUMNS + " order by name", (rs, n) -> topic(rs));
    }

    public Optional<StoredTopic> find(String name) {
        return db.jdbc().query(COLUMNS + " where name = ?", (rs, n) -> topic(rs), name).stream().findFirst();
    }

    /** Creates or replaces the topic; true when it was created. */
    public boolean save(StoredTopic topic) {
        Boolean created = db.jdbc().queryForObject(UPSERT, Boolean.class, topic.name(), topic.kind(), topic.query(),
                topic.exclude().toArray(String[]::new));
        return Boolean.TRUE.equals(created);
    }

    /** True when a topic of that name was deleted. */
    public boolean delete(String name) {
        return db.jdbc().update("delete from tracked_topic where name = ?", name) > 0;
    }

    private static StoredTopic topic(ResultSet rs) throws SQLException {
        Array exclude = rs.getArray(4);
        return new StoredTopic(rs.getString(1), rs.getString(2), rs.getString(3),
                exclude == null ? List.of() : List.of((String[]) exclude.getArray()));
    }
}
