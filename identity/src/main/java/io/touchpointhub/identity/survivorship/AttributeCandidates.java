package io.touchpointhub.identity.survivorship;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.touchpointhub.model.AttributeValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The candidate values of a profile's attributes with their provenance (source, count, first and last
 * seen), kept bounded so a profile's summary stays small however many touchpoints it has. One candidate
 * per attribute, value and source; adding the same touchpoints in any order, or absorbing the candidates
 * of merged profiles, gives the same candidates as long as the bounds are not reached.
 *
 * <p>Bounds: {@value #MAX_ATTRIBUTES} attributes (the least recently seen goes first), {@value #MAX_VALUES}
 * candidates per attribute (the oldest value of a source that has a newer one goes first, so every
 * source keeps its latest value while there are no more sources than that), values up to
 * {@value #MAX_VALUE_CHARS} characters. Not thread-safe.
 */
public final class AttributeCandidates {

    static final int MAX_ATTRIBUTES = 32;
    static final int MAX_VALUES = 6;
    static final int MAX_VALUE_CHARS = 256;

    private static final Comparator<Candidate> EVICTION_ORDER =
            Comparator.comparing((Candidate c) -> c.lastSeen)
                    .thenComparingLong(c -> c.count)
                    .thenComparing(c -> String.valueOf(c.value), Comparator.reverseOrder())
                    .thenComparing(c -> c.source, Comparator.reverseOrder());

    /** The order candidates are read and stored in, whatever order they came in: most recent first. */
    private static final Comparator<Candidate> LISTING_ORDER = EVICTION_ORDER.reversed();

    private final Map<String, List<Candidate>> byAttribute = new TreeMap<>();

    /**
     * The stored form of one candidate. The summary is rewritten on every touchpoint of the profile, so
     * it is terse: short names, epoch milliseconds, and a count of 1 and a first sighting equal to the
     * last left out (most candidates were seen once).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stored(@JsonProperty("v") Object value, @JsonProperty("s") String source,
                         @JsonProperty("n") Long count, @JsonProperty("f") Long firstSeen,
                         @JsonProperty("l") long lastSeen) {

        private static Stored of(Candidate c) {
            long last = c.lastSeen.toEpochMilli();
            long first = c.firstSeen.toEpochMilli();
            return new Stored(c.value, c.source, c.count == 1 ? null : c.count, first == last ? null : first, last);
        }
    }

    private static final class Candidate {
        final Object value;
        final String source;
        long count;
        Instant firstSeen;
        Instant lastSeen;

        Candidate(Object value, String source, long count, Instant firstSeen, Instant lastSeen) {
            this.value = value;
            this.source = source;
            this.count = count;
            this.firstSeen = firstSeen;
            this.lastSeen = lastSeen;
        }
    }

    public static AttributeCandidates fromStored(Map<String, List<Stored>> stored) {
        AttributeCandidates candidates = new AttributeCandidates();
        if (stored != null) {
            stored.forEach((attribute, values) -> values.stream()
                    .filter(s -> s.value() != null && s.source() != null)
                    .forEach(s -> candidates.add(attribute, s.value(), s.source(),
                            s.count() == null ? 1 : s.count(),
                            Instant.ofEpochMilli(s.firstSeen() == null ? s.lastSeen() : s.firstSeen()),
                            Instant.ofEpochMilli(s.lastSeen()))));
        }
        return candidates;
    }

    public Map<String, List<Stored>> stored() {
        Map<String, List<Stored>> stored = new TreeMap<>();
        byAttribute.forEach((attribute, values) -> stored.put(attribute, values.stream().sorted(LISTING_ORDER)
                .map(Stored::of).toList()));
        return stored;
    }

    /** The candidates by attribute, most recently seen first, for {@link Survivorship#golden}. */
    public Map<String, List<AttributeValue>> values() {
        Map<String, List<AttributeValue>> values = new TreeMap<>();
        byAttribute.forEach((attribute, candidates) -> values.put(attribute, candidates.stream().sorted(LISTING_ORDER)
                .map(c -> new AttributeValue(c.value, c.source, c.count, c.firstSeen, c.lastSeen)).toList()));
        return values;
    }

    public boolean isEmpty() {
        return byAttribute.isEmpty();
    }

    /**
     * Counts one touchpoint's value of an attribute in. Blank strings, nulls, lists and values longer
     * than the bound are not candidates: a trait a touchpoint does not send (or sends empty) never
     * outvotes one it sent before.
     *
     * @param source the source label, {@code <channel>:<source>}
     */
    public void add(String attribute, Object value, String source, Instant at) {
        Object candidate = candidateValue(value);
        if (candidate != null && attribute != null && !attribute.isBlank()) {
            Instant stored = at.truncatedTo(ChronoUnit.MILLIS); // what the stored form keeps
            add(attribute, candidate, source, 1, stored, stored);
        }
    }

    /** Takes in another profile's candidates: what a merge does to the survivor. */
    public void absorb(AttributeCandidates other) {
        other.byAttribute.forEach((attribute, values) -> values.forEach(c ->
                add(attribute, c.value, c.source, c.count, c.firstSeen, c.lastSeen)));
    }

    private void add(String attribute, Object value, String source, long count, Instant first, Instant last) {
        List<Candidate> values = byAttribute.computeIfAbsent(attribute, k -> new ArrayList<>(2));
        for (Candidate c : values) {
            if (c.source.equals(source) && c.value.equals(value)) {
                c.count += count;
                c.firstSeen = first.isBefore(c.firstSeen) ? first : c.firstSeen;
                c.lastSeen = last.isAfter(c.lastSeen) ? last : c.lastSeen;
                return;
            }
        }
        values.add(new Candidate(value, source, count, first, last));
        if (values.size() > MAX_VALUES) {
            values.remove(evictable(values));
        }
        if (values.size() == 1 && byAttribute.size() > MAX_ATTRIBUTES) {
            byAttribute.remove(leastRecentAttribute());
        }
    }

    /** The oldest value of a source that has a newer one; else the oldest of all. */
    private static Candidate evictable(List<Candidate> values) {
        List<Candidate> superseded = values.stream().filter(c -> values.stream()
                .anyMatch(o -> o != c && o.source.equals(c.source) && o.lastSeen.isAfter(c.lastSeen))).toList();
        return (superseded.isEmpty() ? values : superseded).stream().min(EVICTION_ORDER).orElseThrow();
    }

    private String leastRecentAttribute() {
        Comparator<Map.Entry<String, List<Candidate>>> age = Comparator.comparing(
                (Map.Entry<String, List<Candidate>> e) -> e.getValue().stream().map(c -> c.lastSeen)
                        .max(Comparator.naturalOrder()).orElse(Instant.EPOCH))
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        return byAttribute.entrySet().stream().min(age).orElseThrow().getKey();
    }

    /** Strings trimmed, numbers and booleans as they are, small objects without empty members; else null. */
    static Object candidateValue(Object value) {
        if (value instanceof String s) {
            String trimmed = s.trim();
            return trimmed.isEmpty() || trimmed.length() > MAX_VALUE_CHARS ? null : trimmed;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> members = new TreeMap<>();
            map.forEach((k, v) -> {
                Object member = v instanceof Map<?, ?> ? null : candidateValue(v);
                if (k != null && member != null) {
                    members.put(k.toString(), member);
                }
            });
            return members.isEmpty() || members.toString().length() > MAX_VALUE_CHARS
                    ? null : new LinkedHashMap<>(members);
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeCandidates other && stored().equals(other.stored());
    }

    @Override
    public int hashCode() {
        return Objects.hash(stored());
    }

    @Override
    public String toString() {
        // counts only: values are personal data and must not reach a log through a toString
        return "AttributeCandidates[" + byAttribute.size() + " attributes]";
    }
}
