package io.touchpointhub.identity.matching;

import io.touchpointhub.identity.support.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review queue (table {@code match_review}): pairs between the thresholds, and their decisions.
 *
 * <p>Items keep the ids they were scored with; merges elsewhere (a shared identifier, the live matcher,
 * an operator, another review) are not chased into the queue when they happen: the identify stage is
 * the hot path, and an index-less {@code profile_b} would make a per-batch sweep scan the table.
 * Instead {@link #settle(Long)} closes the items that a merge or a cannot-link has settled, lazily, in
 * the transaction of whoever reads or decides them, so an open item a reviewer is shown is still open.
 */
public final class ReviewQueue {

    private static final String COLUMNS = """
            select r.id, r.profile_a, r.profile_b, coalesce(pa.merged_into, pa.id), coalesce(pb.merged_into, pb.id),
                   r.weight, r.evidence::text, r.status, r.created_at, r.decided_at, r.decided_by, r.note
            from match_review r
            left join profile pa on pa.id = r.profile_a
            left join profile pb on pb.id = r.profile_b
            """;
    /*
     * One statement over the open items (two primary-key reads each) and the cannot-links (followed to
     * their live profiles once, hashed): an item whose live sides are one profile is accepted, one whose
     * live sides a cannot-link keeps apart is rejected, both by BY_RULE with a note of how. Items another
     * transaction holds (a decision under way) are skipped, so two readers never wait on or deadlock
     * each other; the status is checked again on the locked row.
     */
    private static final String SETTLE = """
            with candidate as (
                select r.id, r.profile_a, r.profile_b,
                       coalesce(pa.merged_into, pa.id) as live_a, coalesce(pb.merged_into, pb.id) as live_b
                from match_review r
                join profile pa on pa.id = r.profile_a
                join profile pb on pb.id = r.profile_b
                where r.status = 'open' and (cast(? as bigint) is null or r.id = ?)
            ), kept_apart as materialized (
                select distinct least(a, b) as lo, greatest(a, b) as hi
                from (select coalesce(pa.merged_into, pa.id) as a, coalesce(pb.merged_into, pb.id) as b
                      from cannot_link c
                      join profile pa on pa.id = c.profile_a
                      join profile pb on pb.id = c.profile_b) live
                where a <> b
            ), settled as (
                select c.id, c.live_a, c.live_b, c.live_a = c.live_b as one,
                       (select m.rule from profile_merge m
                        where m.operation = 'merge' and m.merged_id in (c.profile_a, c.profile_b)
                        order by m.id desc limit 1) as rule
                from candidate c
                left join kept_apart k on k.lo = least(c.live_a, c.live_b) and k.hi = greatest(c.live_a, c.live_b)
                where c.live_a = c.live_b or k.lo is not null
            ), locked as (
                select m.id from match_review m join settled s on s.id = m.id
                where m.status = 'open'
                for update of m skip locked
            )
            update match_review r
            set status = case when s.one then 'accepted' else 'rejected' end,
                decided_at = now(),
                decided_by = ?,
                note = case when s.one
                    then 'already one profile ' || s.live_a || ': merged elsewhere'
                         || coalesce(' (rule ' || s.rule || ')', '')
                    else 'kept apart: a cannot-link holds between the live profiles '
                         || s.live_a || ' and ' || s.live_b end
            from settled s join locked l on l.id = s.id
            where r.id = s.id
            """;
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
        return jdbc.query(COLUMNS + "where r.status = ? order by r.id limit ? offset ?",
                ReviewQueue::item, status, size, (long) page * size);
    }

    /**
     * Closes the open items a merge or a cannot-link has settled since they were scored (see the class
     * comment): all of them, or only item {@code id}. Costs one statement over the open items.
     *
     * @return how many items were closed
     */
    public int settle(Long id) {
        return jdbc.update(SETTLE, id, id, ReviewItem.BY_RULE);
    }

    public long count(String status) {
        Long n = jdbc.queryForObject("select count(*) from match_review where status = ?", Long.class, status);
        return n == null ? 0 : n;
    }

    /** The item, locked until the transaction ends so that two decisions on it cannot both win. */
    public Optional<ReviewItem> lock(long id) {
        return jdbc.query(COLUMNS + "where r.id = ? for update of r", ReviewQueue::item, id)
                .stream().findFirst();
    }

    public void decide(long id, String status, String decidedBy, String note) {
        jdbc.update("update match_review set status = ?, decided_at = now(), decided_by = ?, note = ? where id = ?",
                status, decidedBy, note, id);
    }

    private static ReviewItem item(ResultSet rs, int row) throws SQLException {
        return new ReviewItem(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getDouble(6), rs.getString(7),
                rs.getString(8), Db.instant(rs.getTimestamp(9)), Db.instant(rs.getTimestamp(10)), rs.getString(11),
                rs.getString(12));
    }
}
