package io.touchpointhub.identity.matching;

import io.touchpointhub.identity.support.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The review queue (table {@code match_review}): pairs between the thresholds, and their decisions. */
public final class ReviewQueue {

    private static final String COLUMNS =
            "id, profile_a, profile_b, weight, evidence::text, status, created_at, decided_at, decided_by, note";
    private static final String OPEN = """
            insert into match_review (profile_a, profile_b, weight, evidence)
            select * from unnest(?::uuid[], ?::uuid[], ?::float8[], ?::json[])
            on conflict (profile_a, profile_b) where status = 'open' do nothing
            """;

    private final JdbcTemplate jdbc;

    public ReviewQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A pair to open as a review item: an open item for the same pair is kept as it is. */
    public record Pair(UUID first, UUID second, double weight, String evidence) {
    }

    public void open(Collection<Pair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        int n = pairs.size();
        UUID[] a = new UUID[n];
        UUID[] b = new UUID[n];
        Double[] weights = new Double[n];
        String[] evidence = new String[n];
        int i = 0;
        for (Pair p : pairs) {
            boolean ordered = p.first().toString().compareTo(p.second().toString()) < 0;
            a[i] = ordered ? p.first() : p.second();
            b[i] = ordered ? p.second() : p.first();
            weights[i] = p.weight();
            evidence[i] = p.evidence();
            i++;
        }
        jdbc.update(OPEN, a, b, weights, evidence);
    }

    /** A page of items with this status, oldest first. */
    public List<ReviewItem> list(String status, int page, int size) {
        return jdbc.query("select " + COLUMNS + " from match_review where status = ? order by id limit ? offset ?",
                ReviewQueue::item, status, size, (long) page * size);
    }

    public long count(String status) {
        Long n = jdbc.queryForObject("select count(*) from match_review where status = ?", Long.class, status);
        return n == null ? 0 : n;
    }

    /** The item, locked until the transaction ends so that two decisions on it cannot both win. */
    public Optional<ReviewItem> lock(long id) {
        return jdbc.query("select " + COLUMNS + " from match_review where id = ? for update", ReviewQueue::item, id)
                .stream().findFirst();
    }

    public void decide(long id, String status, String decidedBy, String note) {
        jdbc.update("update match_review set status = ?, decided_at = now(), decided_by = ?, note = ? where id = ?",
                status, decidedBy, note, id);
    }

    private static ReviewItem item(ResultSet rs, int row) throws SQLException {
        return new ReviewItem(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getDouble(4), rs.getString(5), rs.getString(6), Db.instant(rs.getTimestamp(7)),
                Db.instant(rs.getTimestamp(8)), rs.getString(9), rs.getString(10));
    }
}
