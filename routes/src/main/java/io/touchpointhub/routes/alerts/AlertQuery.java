package io.touchpointhub.routes.alerts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Filters of the alert list; every one optional.
 *
 * @param profileIds alerts of any of these profiles (a profile and those merged into it), or null for any
 * @param from       alerts about moments at or after this ({@code occurredAt})
 * @param to         alerts about moments before this
 */
record AlertQuery(String kind, String topic, List<UUID> profileIds, Instant from, Instant to) {

    /** The SQL where clause, adding its arguments. */
    String where(List<Object> args) {
        StringBuilder where = new StringBuilder(" where true");
        if (kind != null) {
            where.append(" and kind = ?");
            args.add(kind);
        }
        if (topic != null) {
            where.append(" and topic = ?");
            args.add(topic);
        }
        if (profileIds != null) {
            where.append(" and profile_id = any(?::uuid[])");
            args.add(profileIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
        }
        if (from != null) {
            where.append(" and occurred_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and occurred_at < ?");
            args.add(Timestamp.from(to));
        }
        return where.toString();
    }
}
