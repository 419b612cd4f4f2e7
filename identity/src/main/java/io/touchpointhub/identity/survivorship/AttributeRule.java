package io.touchpointhub.identity.survivorship;

import java.util.List;
import java.util.Locale;

/**
 * The survivorship rule of one attribute.
 *
 * @param rule     how the value is chosen
 * @param sources  for {@link SurvivorshipRule#SOURCE_PRIORITY}, best first: each entry is a channel
 *                 ({@code import}), a source name ({@code legacy-crm}) or both ({@code import:legacy-crm})
 * @param fallback decides among the values of the best-ranked source, and when no listed source has a
 *                 value; never {@code SOURCE_PRIORITY}
 */
public record AttributeRule(SurvivorshipRule rule, List<String> sources, SurvivorshipRule fallback) {

    public AttributeRule {
        if (rule == null) {
            throw new IllegalArgumentException("A survivorship rule is required");
        }
        sources = sources == null ? List.of()
                : sources.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        fallback = fallback == null ? SurvivorshipRule.MOST_RECENT : fallback;
        if (fallback == SurvivorshipRule.SOURCE_PRIORITY) {
            throw new IllegalArgumentException("The fallback rule must be most-recent or most-frequent");
        }
        if (rule == SurvivorshipRule.SOURCE_PRIORITY && sources.isEmpty()) {
            throw new IllegalArgumentException("Rule source-priority needs a list of sources");
        }
    }

    public static AttributeRule of(SurvivorshipRule rule) {
        return new AttributeRule(rule, List.of(), null);
    }

    public static AttributeRule sourcePriority(List<String> sources, SurvivorshipRule fallback) {
        return new AttributeRule(SurvivorshipRule.SOURCE_PRIORITY, sources, fallback);
    }

    /**
     * The rank of a source label {@code <channel>:<source>} in {@link #sources()}, 0 best; the size of the
     * list when no entry names it.
     */
    int rank(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        String channel = colon < 0 ? lower : lower.substring(0, colon);
        String source = colon < 0 ? lower : lower.substring(colon + 1);
        for (int i = 0; i < sources.size(); i++) {
            String entry = sources.get(i);
            if (entry.equals(lower) || entry.equals(channel) || entry.equals(source)) {
                return i;
            }
        }
        return sources.size();
    }
}
