package io.touchpointhub.routes.alerts;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Customer-at-risk alerts ({@code hub.listening.at-risk}): a negative touchpoint from a customer whose
 * lifetime order revenue in {@code currency} is at least {@code minRevenue}. Orders in other currencies do
 * not count (the hub has no exchange rates); see docs/alerts.md.
 *
 * @param enabled       whether the {@code listening-at-risk-check} timer runs
 * @param minRevenue    lifetime revenue that makes a customer high-value
 * @param currency      ISO 4217 code of the orders counted
 * @param checkInterval how often newly indexed negative touchpoints are looked at
 * @param lookback      how far back each check looks (by {@code receivedAt}) before the previous check:
 *                      covers touchpoints indexed late; alerts stay one per touchpoint
 * @param maxPerCheck   negative touchpoints looked at per check at most
 */
@Validated
@ConfigurationProperties("hub.listening.at-risk")
public record AtRiskProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500") @DecimalMin("0") BigDecimal minRevenue,
        @DefaultValue("USD") @Pattern(regexp = "[A-Z]{3}") String currency,
        @DefaultValue("1m") Duration checkInterval,
        @DefaultValue("1h") Duration lookback,
        @DefaultValue("500") @Min(1) @Max(1000) int maxPerCheck) {
}
