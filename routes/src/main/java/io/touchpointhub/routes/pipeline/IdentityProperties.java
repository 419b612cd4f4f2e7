package io.touchpointhub.routes.pipeline;

import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Deterministic identity resolution rules.
 *
 * @param defaultRegion             ISO 3166 region for phone numbers written without a country code
 * @param blockedValues             identifier values that never link profiles (added to the built-in list)
 * @param blockedPatterns           regular expressions for such values
 * @param maxProfilesPerIdentifier  an identifier already linked to more profiles than this no longer merges
 * @param uniqueTypes               identifier types a profile holds at most one value of (wire names)
 */
@Validated
@ConfigurationProperties("hub.identity")
public record IdentityProperties(
        @DefaultValue("US") String defaultRegion,
        @DefaultValue List<String> blockedValues,
        @DefaultValue List<String> blockedPatterns,
        @DefaultValue("5") @Min(1) int maxProfilesPerIdentifier,
        @DefaultValue("user_id") List<String> uniqueTypes) {
}
