package io.touchpointhub.routes.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts and their deliveries in PostgreSQL (tables {@code listening_alert}, {@code listening_alert_delivery},
 * migration V13). Raising is idempotent: a spike once per topic, window kind and window end (and not while an
 * alert of the same topic and kind covers an overlapping window), a customer at risk once per touchpoint.
 */
@Component
class AlertStore {

    private static final String INSERT = """
            insert into listening_alert (kind, topic, window_kind, window_start, window_end, profile_id,
                                         touchpoint_id, occurred_at, figures, samples, details)
            select ?, ?, ?, ?, ?, ?::uuid, ?, ?, ?::json, ?::json, ?::json
            where not exists (select 1 from listening_alert a where a.kind = 'spike' and a.topic = ?
                              and a.window_kind = ? and a.window_end > ? and a.window_end < ?)
            on conflict do nothing
            returning id
            """;
    private static final String COLUMNS = """
            select id, kind, topic, window_kind, window_start, window_end, profile_id, touchpoint_id, occurred_at,
                   figures::text, samples::text, details::text, created_at
            from listening_alert
            """;
    private static final String CLAIM = """
            update listening_alert_delivery d set not_before = now() + ?::interval, attempts = d.attempts + 1
            from (select alert_id, channel from listening_alert_delivery
                  where state = 'pending' and not_before <= now()
                  order by not_before limit ? for update skip locked) due
            where d.alert_id = due.alert_id and d.channel = due.channel
            returning d.alert_id, d.channel, d.attempts
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    AlertStore(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper json, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.meters = meters;
    }

    /** A delivery claimed for sending; {@code attempt} counts this one. */
    record DueDelivery(long alertId, String channel, int attempt) {
    }

    /**
     * Stores the alert with a pending delivery per channel, in one transaction.
     *
     * @return the new alert's id, or empty when it was raised before
     */
    Optional<Long> raise(Alert alert, List<String> channels) {
        Optional<Long> id = transactions.execute(status -> {
            Window window = Window.of(alert);
            List<Long> ids = jdbc.queryForList(INSERT, Long.class, alert.kind(), alert.topic(), window.kind,
                    window.start, window.end, alert.profileId(), alert.touchpointId(), ts(alert.occurredAt()),
                    write(alert.figures()), write(alert.samples()), write(alert.details()),
                    alert.topic(), window.kind, window.overlapFrom, window.overlapTo);
            ids.forEach(alertId -> channels.forEach(channel -> jdbc.update(
                    "insert into listening_alert_delivery (alert_id, channel) values (?, ?)", alertId, channel)));
            return ids.stream().findFirst();
        });
        id.ifPresent(raised -> meters.counter("hub.listening.alerts.raised", "kind", alert.kind()).increment());
        return id;
    }

    /** Alerts newest first ({@code occurred_at}, then id) with their deliveries, and the total matching. */
    AlertPage list(AlertQuery query, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = query.where(args);
        Long total = jdbc.queryForObject("select count(*) from listening_alert" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<Alert> alerts = jdbc.query(COLUMNS + where + " order by occurred_at desc, id desc limit ? offset ?",
                (rs, i) -> alert(rs), args.toArray());
        return new AlertPage(withDeliveries(alerts), total == null ? 0 : total, page, size);
    }

    List<Alert> find(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Alert> alerts = jdbc.query(COLUMNS + " where id = any(?::bigint[]) order by id",
                (rs, i) -> alert(rs), bigints(ids));
        return withDeliveries(alerts);
    }

    /** The live profile of {@code id} and every profile merged into it: whose alerts a profile shows. */
    List<UUID> profileFamily(UUID id) {
        return jdbc.queryForList("""
                with live as (select coalesce(merged_into, id) as id from profile where id = ?)
                select id from profile where id in (select id from live) or merged_into in (select id from live)
                """, UUID.class, id);
    }

    /** Claims up to {@code max} due deliveries for one lease; a crash mid-send frees them when it ends. */
    List<DueDelivery> claimDue(int max, Duration lease) {
        return jdbc.query(CLAIM, (rs, i) -> new DueDelivery(rs.getLong(1), rs.getString(2), rs.getInt(3)),
                lease.toMillis() + " milliseconds", max);
    }

    void delivered(DueDelivery delivery) {
        jdbc.update("""
                update listening_alert_delivery set state = 'delivered', delivered_at = now(), last_error = null
                where alert_id = ? and channel = ?""", delivery.alertId(), delivery.channel());
    }

    /** Records a failed attempt: pending again from {@code retryAt}, or failed for good when it is null. */
    void attemptFailed(DueDelivery delivery, String error, Instant retryAt) {
        jdbc.update("""
                update listening_alert_delivery set state = ?, last_error = ?, not_before = coalesce(?, not_before)
                where alert_id = ? and channel = ?""", retryAt == null ? "failed" : "pending", error,
                retryAt == null ? null : ts(retryAt), delivery.alertId(), delivery.channel());
    }

    /** Up to when the named periodic check has looked, if it ever ran. */
    Optional<Instant> checkedUntil(String check) {
        return jdbc.queryForList("select checked_until from listening_check where name = ?", Timestamp.class, check)
                .stream().findFirst().map(Timestamp::toInstant);
    }

    void saveCheckedUntil(String check, Instant until) {
        jdbc.update("""
                insert into listening_check (name, checked_until) values (?, ?)
                on conflict (name) do update set checked_until = greatest(listening_check.checked_until, excluded.checked_until)
                """, check, ts(until));
    }

    private List<Alert> withDeliveries(List<Alert> alerts) {
        if (alerts.isEmpty()) {
            return alerts;
        }
        Map<Long, List<Alert.Delivery>> byAlert = new LinkedHashMap<>();
        jdbc.query("""
                select alert_id, channel, state, attempts, last_error, delivered_at from listening_alert_delivery
                where alert_id = any(?::bigint[]) order by alert_id, channel""", rs -> {
            byAlert.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Alert.Delivery(rs.getString(2),
                    rs.getString(3), rs.getInt(4), rs.getString(5), instant(rs.getTimestamp(6))));
        }, bigints(alerts.stream().map(Alert::id).toList()));
        return alerts.stream().map(a -> new Alert(a.id(), a.kind(), a.topic(), a.window(), a.occurredAt(),
                a.profileId(), a.touchpointId(), a.figures(), a.samples(), a.details(), a.createdAt(),
                byAlert.getOrDefault(a.id(), List.of()))).toList();
    }

    private Alert alert(ResultSet rs) throws SQLException {
        String windowKind = rs.getString("window_kind");
        Alert.Window window = windowKind == null ? null : new Alert.Window(windowKind,
                instant(rs.getTimestamp("window_start")), instant(rs.getTimestamp("window_end")));
        Object profile = rs.getObject("profile_id");
        long touchpoint = rs.getLong("touchpoint_id");
        return new Alert(rs.getLong("id"), rs.getString("kind"), rs.getString("topic"), window,
                instant(rs.getTimestamp("occurred_at")), profile == null ? null : profile.toString(),
                rs.wasNull() ? null : touchpoint,
                read(rs.getString(10), new TypeReference<List<Figure>>() { }),
                read(rs.getString(11), new TypeReference<List<Alert.Sample>>() { }),
                read(rs.getString(12), new TypeReference<Map<String, Object>>() { }),
                instant(rs.getTimestamp("created_at")), List.of());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Alert field cannot be written as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored alert field is not readable", e);
        }
    }

    /** A PostgreSQL array literal: plain text travels through every driver version alike. */
    static String bigints(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The window columns of an alert, and the range of window ends that would overlap it (none for at-risk). */
    private record Window(String kind, Timestamp start, Timestamp end, Timestamp overlapFrom, Timestamp overlapTo) {

        static Window of(Alert alert) {
            if (alert.window() == null) {
                return new Window(null, null, null, null, null);
            }
            Duration length = WindowKind.fromWireName(alert.window().kind()).length();
            Instant end = alert.window().end();
            return new Window(alert.window().kind(), ts(alert.window().start()), ts(end),
                    ts(end.minus(length)), ts(end.plus(length)));
        }
    }
}
