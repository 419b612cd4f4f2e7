package io.touchpointhub.identity.matching;

import java.util.List;

/**
 * A profile's normalised matching attributes: per field of {@link MatchFields#FIELDS} its distinct
 * values, most recent first (a profile may have been known under two names or addresses).
 */
public record ProfileAttributes(List<List<String>> values) {

    public ProfileAttributes {
        values = values.stream().map(List::copyOf).toList();
    }

    public List<String> values(int field) {
        return values.get(field);
    }

    /** The most recent value of a field, or null. */
    public String first(int field) {
        List<String> v = values.get(field);
        return v.isEmpty() ? null : v.get(0);
    }

    /** True when nothing can be matched on. */
    public boolean isEmpty() {
        return values.stream().allMatch(List::isEmpty);
    }
}
