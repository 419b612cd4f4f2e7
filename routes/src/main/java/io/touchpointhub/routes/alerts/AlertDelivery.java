package io.touchpointhub.routes.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends pending deliveries: claims the due ones, sends each on its channel, and records the outcome. A
 * failed run is retried later with a back-off doubling from {@code delivery-backoff} up to an hour, until
 * {@code max-delivery-attempts} runs failed. Delivery is at least once: a receiver de-duplicates on the
 * alert id.
 */
@Component
class AlertDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);
    private static final int BATCH = 50;
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final AlertStore store;
    private final AlertChannels channels;
    private final WebhookSender webhook;
    private final EmailSender email;
    private final AlertProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry meters;

    AlertDelivery(AlertStore store, AlertChannels channels, WebhookSender webhook, EmailSender email,
                  AlertProperties properties, ObjectMapper json, Clock clock, MeterRegistry meters) {
        this.meters = meters;
        this.store = store;
        this.channels = channels;
        this.webhook = webhook;
        this.email = email;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** @return how many deliveries succeeded */
    int runOnce() {
        List<AlertStore.DueDelivery> due = store.claimDue(BATCH, properties.deliveryLease());
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, Alert> alerts = store.find(due.stream().map(AlertStore.DueDelivery::alertId).distinct().toList())
                .stream().collect(Collectors.toMap(Alert::id, Function.identity()));
        int delivered = 0;
        for (AlertStore.DueDelivery delivery : due) {
            if (deliver(delivery, alerts.get(delivery.alertId()))) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(AlertStore.DueDelivery delivery, Alert alert) {
        if (!channels.enabled().contains(delivery.channel())) {
            // configured when the alert was raised, removed since: nowhere to send it any more
            store.attemptFailed(delivery, "Channel " + delivery.channel() + " is no longer configured", null);
            return false;
        }
        try {
            Alert message = alert.withoutDeliveries();
            if (AlertChannels.WEBHOOK.equals(delivery.channel())) {
                webhook.send(message, json.writeValueAsBytes(message), delivery.attempt());
            } else {
                email.send(message, AlertMessages.subject(message), AlertMessages.text(message));
            }
            store.delivered(delivery);
            count(delivery, "delivered");
            LOG.info("Alert {} delivered by {} (attempt {})", delivery.alertId(), delivery.channel(), delivery.attempt());
            return true;
        } catch (JsonProcessingException | RuntimeException e) {
            Instant retryAt = delivery.attempt() >= properties.maxDeliveryAttempts() ? null : retryAt(delivery.attempt());
            String reason = e instanceof AlertDeliveryException ? e.getMessage() : e.getClass().getSimpleName();
            store.attemptFailed(delivery, reason, retryAt);
            count(delivery, retryAt == null ? "failed" : "retry");
            LOG.warn("Alert {} not delivered by {} (attempt {}): {}; {}", delivery.alertId(), delivery.channel(),
                    delivery.attempt(), reason, retryAt == null ? "giving up" : "retrying at " + retryAt);
            return false;
        }
    }

    private void count(AlertStore.DueDelivery delivery, String outcome) {
        meters.counter("hub.listening.alerts.deliveries", "channel", delivery.channel(), "outcome", outcome).increment();
    }

    private Instant retryAt(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration backoff = properties.deliveryBackoff().multipliedBy(factor);
        return clock.instant().plus(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff);
    }
}
