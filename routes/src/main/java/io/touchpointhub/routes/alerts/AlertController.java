package io.touchpointhub.routes.alerts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.routes.web.InvalidFieldException;
import io.touchpointhub.routes.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists listening alerts, a profile's alerts, and runs the checks on demand. */
@RestController
@Tag(name = "Listening alerts", description = "Spikes of tracked topics and customers at risk")
class AlertController {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_DEPTH = 10_000;

    private final AlertStore store;
    private final SpikeCheck spikes;
    private final AtRiskCheck atRisk;
    private final Clock clock;

    AlertController(AlertStore store, SpikeCheck spikes, AtRiskCheck atRisk, Clock clock) {
        this.store = store;
        this.spikes = spikes;
        this.atRisk = atRisk;
        this.clock = clock;
    }

    @Operation(summary = "Alerts newest first, filtered by kind, topic and the time they are about ([from, to))")
    @GetMapping("/api/listening/alerts")
    AlertPage list(@RequestParam(required = false) String kind, @RequestParam(required = false) String topic,
                   @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (kind != null && !List.of(Alert.SPIKE, Alert.CUSTOMER_AT_RISK).contains(kind)) {
            throw new InvalidFieldException("kind", "must be spike or customer_at_risk");
        }
        return store.list(new AlertQuery(kind, blankToNull(topic), null, from, to), checkedPage(page, size), size);
    }

    @Operation(summary = "Customer-at-risk alerts of a profile (and of profiles merged into it), newest first")
    @GetMapping("/api/profiles/{id}/alerts")
    AlertPage profileAlerts(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size) {
        List<UUID> family = store.profileFamily(id);
        if (family.isEmpty()) {
            throw new NotFoundException("No profile " + id);
        }
        return store.list(new AlertQuery(null, null, family, null, null), checkedPage(page, size), size);
    }

    @Operation(summary = "Run the spike check for the windows ending at the full hour of 'at' (default now), "
            + "and the customer-at-risk check; idempotent")
    @PostMapping("/api/listening/alerts/check")
    Map<String, Object> check(@RequestParam(required = false) Instant at) {
        Instant now = clock.instant();
        SpikeCheck.Result result = spikes.run(at == null ? now : at);
        List<Long> atRiskRaised = atRisk.run(now);
        return Map.of("windowEnd", result.windowEnd(), "topics", result.topics(), "raised", result.raised(),
                "customersAtRisk", atRiskRaised);
    }

    private static int checkedPage(int page, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidFieldException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (page < 0 || (long) (page + 1) * size > MAX_DEPTH) {
            throw new InvalidFieldException("page", "must be >= 0 and reach at most " + MAX_DEPTH + " alerts deep");
        }
        return page;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
