package io.touchpointhub.identity.survivorship;

import io.touchpointhub.model.AttributeValue;
import io.touchpointhub.model.GoldenAttribute;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chooses the golden value of each customer attribute from its candidates, by the rule configured for
 * the attribute (or the default rule). Pure and thread-safe; applied whenever a profile is read, so a
 * changed configuration takes effect on the next write of a profile (or at once for all with a reindex).
 *
 * <p>Ties are broken the same way everywhere, so the same candidates always give the same value: more
 * recent, then seen more often, then the source label and the value in alphabetical order.
 */
public final class Survivorship {

    /** Name-like attributes trust curated systems (CRM files, orders) over what people type on the web. */
    public static final List<String> DEFAULT_NAME_SOURCES =
            List.of("import", "marketplace", "call_center", "email", "web", "social");

    /** Most preferred first. */
    private static final Comparator<AttributeValue> RECENCY =
            Comparator.comparing((AttributeValue v) -> at(v.lastSeen()), Comparator.reverseOrder())
                    .thenComparing(AttributeValue::count, Comparator.reverseOrder())
                    .thenComparing(v -> Objects.toString(v.source(), ""))
                    .thenComparing(v -> String.valueOf(v.value()));

    private final AttributeRule defaultRule;
    private final Map<String, AttributeRule> rules = new LinkedHashMap<>();

    /**
     * @param defaultRule for attributes without a rule of their own
     * @param attributes  rules by attribute name; names match ignoring case, '-' and '_'
     *                    ({@code first_name} configures {@code firstName})
     */
    public Survivorship(AttributeRule defaultRule, Map<String, AttributeRule> attributes) {
        this.defaultRule = Objects.requireNonNull(defaultRule, "defaultRule");
        attributes.forEach((name, rule) -> rules.put(key(name), rule));
    }

    /**
     * Defaults for a CRM: names by source priority (CRM imports and orders over web forms), birthday by
     * frequency (a typo is outvoted), everything else (e-mail, phone, address ...) the most recent.
     */
    public static Survivorship defaults() {
        AttributeRule names = AttributeRule.sourcePriority(DEFAULT_NAME_SOURCES, SurvivorshipRule.MOST_RECENT);
        Map<String, AttributeRule> attributes = new LinkedHashMap<>();
        attributes.put("name", names);
        attributes.put("firstName", names);
        attributes.put("lastName", names);
        attributes.put("birthday", AttributeRule.of(SurvivorshipRule.MOST_FREQUENT));
        return new Survivorship(AttributeRule.of(SurvivorshipRule.MOST_RECENT), attributes);
    }

    /** The attributes with a rule of their own (names as normalised for matching). */
    public Map<String, AttributeRule> rules() {
        return Map.copyOf(rules);
    }

    public AttributeRule defaultRule() {
        return defaultRule;
    }

    public AttributeRule ruleFor(String attribute) {
        return rules.getOrDefault(key(attribute), defaultRule);
    }

    /** The golden record: every attribute that has a candidate, by attribute name. */
    public Map<String, GoldenAttribute> golden(Map<String, List<AttributeValue>> candidates) {
        Map<String, GoldenAttribute> golden = new TreeMap<>();
        candidates.forEach((attribute, values) -> choose(attribute, values).ifPresent(g -> golden.put(attribute, g)));
        return golden;
    }

    /** The surviving value of one attribute; empty when it has no candidate. */
    public Optional<GoldenAttribute> choose(String attribute, List<AttributeValue> candidates) {
        List<AttributeValue> present = candidates.stream().filter(v -> v != null && v.value() != null).toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        AttributeRule rule = ruleFor(attribute);
        Pick pick = switch (rule.rule()) {
            case MOST_RECENT, MOST_FREQUENT -> pick(rule.rule(), present);
            case SOURCE_PRIORITY -> bySource(rule, present);
        };
        List<AttributeValue> alternatives = new ArrayList<>(present);
        alternatives.remove(pick.chosen());
        alternatives.sort(RECENCY);
        return Optional.of(new GoldenAttribute(pick.chosen().value(), pick.chosen().source(),
                pick.decidedBy().wireName(), pick.chosen().lastSeen(), alternatives));
    }

    private record Pick(AttributeValue chosen, SurvivorshipRule decidedBy) {
    }

    private static Pick pick(SurvivorshipRule rule, List<AttributeValue> candidates) {
        AttributeValue chosen = rule == SurvivorshipRule.MOST_FREQUENT
                ? mostFrequent(candidates)
                : candidates.stream().min(RECENCY).orElseThrow();
        return new Pick(chosen, rule);
    }

    /** The values of the best-ranked source, decided by the fallback; the fallback alone when none is ranked. */
    private static Pick bySource(AttributeRule rule, List<AttributeValue> candidates) {
        int best = candidates.stream().mapToInt(v -> rule.rank(Objects.toString(v.source(), ""))).min().orElseThrow();
        if (best == rule.sources().size()) {
            return pick(rule.fallback(), candidates);
        }
        List<AttributeValue> ranked = candidates.stream()
                .filter(v -> rule.rank(Objects.toString(v.source(), "")) == best).toList();
        return new Pick(pick(rule.fallback(), ranked).chosen(), SurvivorshipRule.SOURCE_PRIORITY);
    }

    /**
     * The value carried by the most touchpoints, summed over its sources; of that value, the candidate
     * seen last (its source is the one shown).
     */
    private static AttributeValue mostFrequent(List<AttributeValue> candidates) {
        Map<Object, List<AttributeValue>> byValue = new LinkedHashMap<>();
        candidates.forEach(v -> byValue.computeIfAbsent(v.value(), k -> new ArrayList<>()).add(v));
        Comparator<List<AttributeValue>> preference =
                Comparator.comparing((List<AttributeValue> same) -> same.stream().mapToLong(AttributeValue::count).sum(),
                        Comparator.reverseOrder())
                        .thenComparing(same -> same.stream().min(RECENCY).orElseThrow(), RECENCY);
        return byValue.values().stream().min(preference).orElseThrow().stream().min(RECENCY).orElseThrow();
    }

    private static Instant at(Instant instant) {
        return instant == null ? Instant.EPOCH : instant;
    }

    private static String key(String attribute) {
        return attribute.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
