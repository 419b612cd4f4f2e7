package io.touchpointhub.routes.pipeline;

import io.touchpointhub.identity.survivorship.AttributeRule;
import io.touchpointhub.identity.survivorship.Survivorship;
import io.touchpointhub.identity.survivorship.SurvivorshipRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/**
 * Golden-record survivorship (docs/golden-record.md): which value of each customer attribute the 360°
 * view shows. Attributes configured here replace the built-in rule of the same attribute
 * ({@link Survivorship#defaults()}); the others keep it.
 *
 * @param defaultRule the rule of attributes without one of their own ({@code hub.identity.survivorship.default})
 * @param attributes  rules by attribute (trait) name; {@code name} is the display name
 */
@Validated
@ConfigurationProperties("hub.identity.survivorship")
public record SurvivorshipProperties(
        @Name("default") @DefaultValue("most-recent") String defaultRule,
        @DefaultValue Map<String, @Valid Attribute> attributes) {

    /**
     * @param rule     most-recent, most-frequent or source-priority
     * @param sources  for source-priority, best first: channels ({@code import}), source names
     *                 ({@code legacy-crm}) or both ({@code import:legacy-crm})
     * @param fallback most-recent or most-frequent: decides within the best source, and when no listed
     *                 source has a value
     */
    public record Attribute(@NotBlank String rule, @DefaultValue List<String> sources,
                            @DefaultValue("most-recent") String fallback) {
    }

    /** The rules, failing start-up with the property's name when one is not valid. */
    Survivorship survivorship() {
        AttributeRule fallback = rule("hub.identity.survivorship.default", defaultRule, List.of(), "most-recent");
        Survivorship defaults = Survivorship.defaults();
        Map<String, AttributeRule> rules = new LinkedHashMap<>(defaults.rules());
        attributes.forEach((name, attribute) -> rules.put(name, rule("hub.identity.survivorship.attributes."
                + name, attribute.rule(), attribute.sources(), attribute.fallback())));
        return new Survivorship(fallback, rules);
    }

    private static AttributeRule rule(String property, String rule, List<String> sources, String fallback) {
        try {
            return new AttributeRule(SurvivorshipRule.fromWireName(rule), sources,
                    SurvivorshipRule.fromWireName(fallback));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid " + property + ": " + e.getMessage(), e);
        }
    }
}
