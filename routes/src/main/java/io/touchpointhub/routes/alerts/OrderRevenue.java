package io.touchpointhub.routes.alerts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A customer's lifetime order revenue from the system of record: the {@code properties.revenue} of the
 * marketplace order touchpoints (Shopify's {@code Order Created}: one per order, see
 * {@code ShopifyOrderMapper}) resolved to the profile or to a profile merged into it, in one currency.
 */
@Component
class OrderRevenue {

    private static final String LIFETIME = """
            with live as (select coalesce(merged_into, id) as id from profile where id = ?),
            family as (select id from profile where id in (select id from live) or merged_into in (select id from live))
            select (select id from live),
                   coalesce(sum((t.payload -> 'properties' ->> 'revenue')::numeric), 0)
            from touchpoint_profile tp join touchpoint t on t.id = tp.touchpoint_id
            where tp.profile_id in (select id from family)
              and t.channel = 'MARKETPLACE' and t.type = 'order'
              and t.payload -> 'properties' ->> 'currency' = ?
              and t.payload -> 'properties' ->> 'revenue' ~ '^-?[0-9]{1,15}(\\.[0-9]{1,6})?$'
            """;

    private final JdbcTemplate jdbc;

    OrderRevenue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The live profile of {@code profileId} and its lifetime revenue in {@code currency}; empty for an unknown profile. */
    Optional<Value> lifetime(UUID profileId, String currency) {
        List<Value> values = jdbc.query(LIFETIME, (rs, i) -> {
            UUID live = rs.getObject(1, UUID.class);
            return live == null ? null : new Value(live, rs.getBigDecimal(2));
        }, profileId, currency);
        return values.stream().filter(Objects::nonNull).findFirst();
    }

    /** A live profile's lifetime revenue. */
    record Value(UUID profileId, BigDecimal revenue) {
    }
}
