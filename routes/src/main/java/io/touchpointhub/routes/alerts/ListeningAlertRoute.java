package io.touchpointhub.routes.alerts;

import java.time.Clock;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The alert timers: {@code listening-spike-check} (hourly by default), {@code listening-at-risk-check} and
 * {@code listening-alert-delivery}, which sends what the checks raised, and after a crash what they raised
 * before it. Every step is idempotent or claimed in PostgreSQL, so several instances may run them.
 */
@Component
class ListeningAlertRoute extends RouteBuilder {

    static final String SPIKE_CHECK = "listening-spike-check";
    static final String AT_RISK_CHECK = "listening-at-risk-check";
    static final String DELIVERY = "listening-alert-delivery";

    private final SpikeCheck spikes;
    private final AtRiskCheck atRisk;
    private final AlertDelivery delivery;
    private final AlertProperties alerts;
    private final AtRiskProperties atRiskProperties;
    private final Clock clock;

    ListeningAlertRoute(SpikeCheck spikes, AtRiskCheck atRisk, AlertDelivery delivery, AlertProperties alerts,
                        AtRiskProperties atRiskProperties, Clock clock) {
        this.spikes = spikes;
        this.atRisk = atRisk;
        this.delivery = delivery;
        this.alerts = alerts;
        this.atRiskProperties = atRiskProperties;
        this.clock = clock;
    }

    @Override
    public void configure() {
        // a failed run (Elasticsearch or PostgreSQL down) is logged by Camel and simply runs again next time
        from("timer:" + SPIKE_CHECK + "?delay=10000&period=" + alerts.checkInterval().toMillis())
                .routeId(SPIKE_CHECK)
                .autoStartup(alerts.checkEnabled())
                .process(exchange -> spikes.catchUp(clock.instant()))
                .id("spike-check");

        from("timer:" + AT_RISK_CHECK + "?delay=5000&period=" + atRiskProperties.checkInterval().toMillis())
                .routeId(AT_RISK_CHECK)
                .autoStartup(atRiskProperties.enabled())
                .process(exchange -> atRisk.run(clock.instant()))
                .id("at-risk-check");

        from("timer:" + DELIVERY + "?delay=1000&period=" + alerts.deliveryInterval().toMillis())
                .routeId(DELIVERY)
                .process(exchange -> {
                    while (delivery.runOnce() > 0) {
                        // drain: a backlog after an outage goes out in one run, 50 alerts a claim
                    }
                })
                .id("alert-send");
    }
}
