package io.touchpointhub.routes.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Account (company) resolution in the identity stage.
 *
 * @param enabled          resolve accounts as touchpoints are resolved; off keeps existing links (merges
 *                         still hand them over) and makes no new ones
 * @param freeMailDomains  e-mail domains that name no employer, added to the built-in list
 *                         ({@code example-isp.net}, or {@code label.*} for the label under every suffix)
 * @param maxPeople        people listed by {@code GET /api/accounts/{id}}, longest-standing first
 */
@Validated
@ConfigurationProperties("hub.accounts")
public record AccountsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue List<String> freeMailDomains,
        @DefaultValue("500") @Min(1) @Max(10_000) int maxPeople) {
}
