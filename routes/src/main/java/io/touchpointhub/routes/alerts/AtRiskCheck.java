package io.touchpointhub.routes.alerts;

import io.touchpointhub.search.alerts.Mention;
import io.touchpointhub.search.alerts.TopicActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Raises a customer-at-risk alert for each negative touchpoint (sentiment label {@code negative}) of a
 * customer whose lifetime order revenue reaches {@code hub.listening.at-risk.min-revenue}. Each check reads
 * the negative touchpoints received since the previous one (minus {@code lookback}, for touchpoints the
 * pipeline indexed late) from Elasticsearch; alerts stay one per touchpoint.
 */
@Component
class AtRiskCheck {

    static final String CHECK = "customer-at-risk";
    private static final Logger LOG = LoggerFactory.getLogger(AtRiskCheck.class);
    private static final int MAX_PAGES = 20;

    private final TopicActivity activity;
    private final OrderRevenue revenue;
    private final AlertStore store;
    private final AlertChannels channels;
    private final AtRiskProperties properties;

    AtRiskCheck(TopicActivity activity, OrderRevenue revenue, AlertStore store, AlertChannels channels,
                AtRiskProperties properties) {
        this.activity = activity;
        this.revenue = revenue;
        this.store = store;
        this.channels = channels;
        this.properties = properties;
    }

    /** @return the ids of the alerts raised */
    List<Long> run(Instant now) {
        Instant from = store.checkedUntil(CHECK).orElse(now).minus(properties.lookback());
        Map<UUID, Optional<OrderRevenue.Value>> values = new HashMap<>();
        List<Long> raised = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES && from.isBefore(now); page++) {
            List<Mention> negative = activity.negativeReceived(from, now, properties.maxPerCheck());
            negative.forEach(mention -> consider(mention, values).ifPresent(raised::add));
            Instant last = negative.isEmpty() ? now : negative.get(negative.size() - 1).receivedAt();
            if (negative.size() < properties.maxPerCheck() || last == null || !last.isAfter(from)) {
                break;
            }
            from = last;
        }
        store.saveCheckedUntil(CHECK, now);
        if (!raised.isEmpty()) {
            LOG.info("Customer-at-risk check raised {} alerts", raised.size());
        }
        return raised;
    }

    private Optional<Long> consider(Mention mention, Map<UUID, Optional<OrderRevenue.Value>> values) {
        UUID profile = uuid(mention.profileId());
        if (profile == null) {
            return Optional.empty();
        }
        Optional<OrderRevenue.Value> value = values.computeIfAbsent(profile,
                id -> revenue.lifetime(id, properties.currency()));
        if (value.isEmpty() || value.get().revenue().compareTo(properties.minRevenue()) < 0) {
            return Optional.empty();
        }
        Map<String, Object> details = Map.of("lifetimeRevenue", value.get().revenue().toPlainString(),
                "currency", properties.currency(), "minRevenue", properties.minRevenue().toPlainString());
        Alert alert = Alert.atRisk(value.get().profileId().toString(), mention.id(), mention.occurredAt(),
                AlertChannels.sample(mention), details);
        Optional<Long> id = store.raise(alert, channels.enabled());
        id.ifPresent(a -> LOG.info("Customer-at-risk alert {} raised: profile {}, touchpoint {}", a,
                value.get().profileId(), mention.id()));
        return id;
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
