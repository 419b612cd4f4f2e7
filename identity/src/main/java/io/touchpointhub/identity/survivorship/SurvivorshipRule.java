package io.touchpointhub.identity.survivorship;

import java.util.Arrays;
import java.util.Locale;

/** How the surviving value of an attribute is chosen among its candidates. */
public enum SurvivorshipRule {

    /** The value seen last wins. */
    MOST_RECENT("most-recent"),
    /** The value carried by the most touchpoints wins, across sources. */
    MOST_FREQUENT("most-frequent"),
    /** The value from the best-ranked source wins; the attribute's fallback rule decides within a rank. */
    SOURCE_PRIORITY("source-priority");

    private final String wireName;

    SurvivorshipRule(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in configuration and in the 360° view. */
    public String wireName() {
        return wireName;
    }

    /** Accepts the wire name or the enum name, in any case. */
    public static SurvivorshipRule fromWireName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(r -> r.wireName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown survivorship rule '" + name
                        + "'; use most-recent, most-frequent or source-priority"));
    }
}
