package io.touchpointhub.routes.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One listening alert as stored, listed and delivered.
 *
 * @param id           0 until stored
 * @param kind         {@link #SPIKE} or {@link #CUSTOMER_AT_RISK}
 * @param topic        the tracked topic of a spike
 * @param window       the window of a spike
 * @param occurredAt   when what the alert reports happened: a spike's window end, an at-risk touchpoint's time
 * @param profileId    the customer of a customer-at-risk alert (live when the alert was raised)
 * @param touchpointId the negative touchpoint of a customer-at-risk alert
 * @param figures      the measures of a spike that exceeded their baseline
 * @param samples      mentions behind the alert (public posts for spikes; the touchpoint itself for at-risk)
 * @param details      kind-specific figures, e.g. a customer's lifetime revenue
 * @param deliveries   per configured channel, the delivery state; {@code null} inside a delivered message
 */
public record Alert(long id, String kind, String topic, Window window, Instant occurredAt, String profileId,
                    Long touchpointId, List<Figure> figures, List<Sample> samples, Map<String, Object> details,
                    Instant createdAt, List<Delivery> deliveries) {

    public static final String SPIKE = "spike";
    public static final String CUSTOMER_AT_RISK = "customer_at_risk";

    public Alert {
        figures = figures == null ? List.of() : List.copyOf(figures);
        samples = samples == null ? List.of() : List.copyOf(samples);
        details = details == null ? Map.of() : details;
    }

    static Alert spike(String topic, Window window, List<Figure> figures, List<Sample> samples) {
        return new Alert(0, SPIKE, topic, window, window.end(), null, null, figures, samples, Map.of(), null, null);
    }

    static Alert atRisk(String profileId, long touchpointId, Instant occurredAt, Sample sample,
                        Map<String, Object> details) {
        return new Alert(0, CUSTOMER_AT_RISK, null, null, occurredAt, profileId, touchpointId, List.of(),
                List.of(sample), details, null, null);
    }

    /** The alert as a webhook or e-mail carries it: without its own delivery state. */
    Alert withoutDeliveries() {
        return new Alert(id, kind, topic, window, occurredAt, profileId, touchpointId, figures, samples, details,
                createdAt, null);
    }

    /** The window of a spike: {@code [start, end)}. */
    public record Window(String kind, Instant start, Instant end) {
    }

    /** A mention behind an alert: its id, channel, time and the start of its text. */
    public record Sample(long touchpointId, String channel, Instant occurredAt, String excerpt) {
    }

    /**
     * @param channel {@code webhook} or {@code email}
     * @param state   {@code pending}, {@code delivered} or {@code failed} (given up after the configured attempts)
     */
    public record Delivery(String channel, String state, int attempts, String lastError, Instant deliveredAt) {
    }
}
