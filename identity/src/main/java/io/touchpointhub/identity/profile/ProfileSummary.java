package io.touchpointhub.identity.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.IdentityException;
import io.touchpointhub.identity.survivorship.AttributeCandidates;
import io.touchpointhub.model.AttributeValue;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The aggregates of a profile kept up to date as touchpoints are resolved (names, counts per channel,
 * sources, traits, the candidate values of its attributes with their sources, first and last seen), so
 * that reading a profile never scans its touchpoints. Everything in it can be rebuilt from the profile's
 * touchpoints ({@link #of}). Stored as the {@code profile.summary} json column; not thread-safe.
 */
public final class ProfileSummary {

    /** Enough for a display name and its variants; older spellings fall off. */
    static final int MAX_NAMES = 10;
    /** The attribute holding the display name (from {@code name}, or first and last name). */
    public static final String NAME = "name";

    private final List<NameSeen> names = new ArrayList<>();
    private final Map<Channel, Long> counts = new EnumMap<>(Channel.class);
    private final Set<String> sources = new TreeSet<>();
    private final Map<String, Object> traits = new LinkedHashMap<>();
    private Instant traitsAt;
    private AttributeCandidates attributes = new AttributeCandidates();
    private Instant firstSeen;
    private Instant lastSeen;

    /** A name and when it was last seen; the stored form of {@link #names()}. */
    public record NameSeen(String name, Instant at) {
    }

    /** The stored layout; first and last seen live in their own columns. */
    record Stored(List<NameSeen> names, Map<Channel, Long> counts, Set<String> sources,
                  Map<String, Object> traits, Instant traitsAt,
                  Map<String, List<AttributeCandidates.Stored>> attributes) {
    }

    public static ProfileSummary empty() {
        return new ProfileSummary();
    }

    /**
     * The summary of a profile made of exactly these touchpoints, as resolving them one by one would
     * have built it: for rebuilding a profile (after an unmerge) from the touchpoints it keeps.
     */
    public static ProfileSummary of(Collection<Touchpoint> touchpoints) {
        ProfileSummary summary = new ProfileSummary();
        touchpoints.stream()
                .sorted(Comparator.comparing(Touchpoint::occurredAt)
                        .thenComparing(t -> t.key().channel())
                        .thenComparing(t -> t.key().source())
                        .thenComparing(t -> t.key().externalId()))
                .forEach(summary::add);
        return summary;
    }

    public static ProfileSummary read(ObjectMapper json, String stored, Instant firstSeen, Instant lastSeen) {
        ProfileSummary summary = new ProfileSummary();
        summary.firstSeen = firstSeen;
        summary.lastSeen = lastSeen;
        if (stored == null || stored.isBlank() || stored.equals("{}")) {
            return summary;
        }
        try {
            Stored s = json.readValue(stored, Stored.class);
            if (s.names() != null) {
                summary.names.addAll(s.names());
            }
            if (s.counts() != null) {
                summary.counts.putAll(s.counts());
            }
            if (s.sources() != null) {
                summary.sources.addAll(s.sources());
            }
            if (s.traits() != null) {
                summary.traits.putAll(s.traits());
            }
            summary.traitsAt = s.traitsAt();
            summary.attributes = AttributeCandidates.fromStored(s.attributes());
            return summary;
        } catch (JsonProcessingException e) {
            throw new IdentityException("Stored profile summary is not readable", e);
        }
    }

    public String write(ObjectMapper json) {
        try {
            return json.writeValueAsString(new Stored(names, counts, sources, traits, traitsAt,
                    attributes.isEmpty() ? null : attributes.stored()));
        } catch (JsonProcessingException e) {
            throw new IdentityException("Profile summary cannot be written as JSON", e);
        }
    }

    /** Counts the touchpoint in and takes its name and traits. */
    public void add(Touchpoint touchpoint) {
        Instant at = touchpoint.occurredAt();
        counts.merge(touchpoint.channel(), 1L, Long::sum);
        sources.add(touchpoint.source());
        seen(at, at);
        String name = nameOf(touchpoint.traits());
        if (name != null) {
            addName(new NameSeen(name, at));
        }
        addTraits(touchpoint.traits(), at);
        addAttributes(touchpoint, name, at);
    }

    /** Takes in everything another profile's summary knows: what a merge does to the survivor. */
    public void absorb(ProfileSummary other) {
        other.counts.forEach((channel, n) -> counts.merge(channel, n, Long::sum));
        sources.addAll(other.sources);
        seen(other.firstSeen, other.lastSeen);
        other.names.forEach(this::addName);
        if (other.traitsAt != null) {
            addTraits(other.traits, other.traitsAt);
        }
        attributes.absorb(other.attributes);
    }

    /** The display name is an attribute of its own, whether sent whole or as first and last name. */
    private void addAttributes(Touchpoint touchpoint, String name, Instant at) {
        String source = sourceLabel(touchpoint);
        if (name != null) {
            attributes.add(NAME, name, source, at);
        }
        touchpoint.traits().forEach((key, value) -> {
            if (!NAME.equals(key)) {
                attributes.add(key, value, source, at);
            }
        });
    }

    /** How the golden record names a source: {@code <channel>:<source>}, e.g. {@code import:legacy-crm}. */
    public static String sourceLabel(Touchpoint touchpoint) {
        return touchpoint.channel().name().toLowerCase(Locale.ROOT) + ":" + touchpoint.source();
    }

    private void seen(Instant first, Instant last) {
        if (first != null && (firstSeen == null || first.isBefore(firstSeen))) {
            firstSeen = first;
        }
        if (last != null && (lastSeen == null || last.isAfter(lastSeen))) {
            lastSeen = last;
        }
    }

    private void addName(NameSeen seen) {
        names.removeIf(n -> n.name().equals(seen.name()) && !n.at().isAfter(seen.at()));
        if (names.stream().noneMatch(n -> n.name().equals(seen.name()))) {
            names.add(seen);
        }
        names.sort(Comparator.comparing(NameSeen::at).reversed());
        while (names.size() > MAX_NAMES) {
            names.remove(names.size() - 1);
        }
    }

    /** Newer traits win key by key; older ones only fill keys not known yet. */
    private void addTraits(Map<String, Object> incoming, Instant at) {
        if (incoming.isEmpty()) {
            return;
        }
        if (traitsAt == null || !at.isBefore(traitsAt)) {
            traits.putAll(incoming);
            traitsAt = at;
        } else {
            incoming.forEach(traits::putIfAbsent);
        }
    }

    static String nameOf(Map<String, Object> traits) {
        String name = text(traits.get("name"));
        if (name != null) {
            return name;
        }
        String joined = join(text(traits.get("firstName")), text(traits.get("lastName")));
        return joined != null ? joined : join(text(traits.get("first_name")), text(traits.get("last_name")));
    }

    private static String join(String first, String last) {
        if (first == null && last == null) {
            return null;
        }
        return first == null ? last : last == null ? first : first + " " + last;
    }

    private static String text(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        String trimmed = s.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Most recently seen first. */
    public List<String> names() {
        return names.stream().map(NameSeen::name).toList();
    }

    public Map<Channel, Long> counts() {
        return Map.copyOf(counts);
    }

    public Set<String> sources() {
        return Set.copyOf(sources);
    }

    /** Trait values may be JSON nulls, which {@code Map.copyOf} would reject. */
    public Map<String, Object> traits() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(traits));
    }

    /** The candidate values of each attribute with their provenance, for survivorship. */
    public Map<String, List<AttributeValue>> attributes() {
        return attributes.values();
    }

    public Instant firstSeen() {
        return firstSeen;
    }

    public Instant lastSeen() {
        return lastSeen;
    }
}
