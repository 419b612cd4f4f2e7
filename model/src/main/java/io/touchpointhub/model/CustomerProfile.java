package io.touchpointhub.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unique customer: everything the hub knows about one person, assembled from all of their
 * touchpoints. Only live profiles are described by this record; a merged profile is represented by
 * its survivor, which lists it in {@code mergedIds}.
 *
 * @param names             display names seen for the person, most recent first
 * @param touchpointCounts  touchpoints per channel
 * @param sources           every source a touchpoint of the person came from
 * @param mergedIds         ids of profiles merged into this one (they resolve to it)
 * @param traits            the latest traits, key by key (newer touchpoints win)
 * @param account           the company the person belongs to, or null
 * @param attributes        the golden record: per attribute, the value survivorship chose and its source
 */
public record CustomerProfile(
        ProfileId id,
        List<ProfileIdentifier> identifiers,
        List<String> names,
        Map<Channel, Long> touchpointCounts,
        Set<String> sources,
        Instant firstSeen,
        Instant lastSeen,
        List<ProfileId> mergedIds,
        Map<String, Object> traits,
        AccountRef account,
        Map<String, GoldenAttribute> attributes) {

    /** A profile that belongs to no account and has no golden record (callers that compute neither). */
    public CustomerProfile(ProfileId id, List<ProfileIdentifier> identifiers, List<String> names,
                           Map<Channel, Long> touchpointCounts, Set<String> sources, Instant firstSeen,
                           Instant lastSeen, List<ProfileId> mergedIds, Map<String, Object> traits) {
        this(id, identifiers, names, touchpointCounts, sources, firstSeen, lastSeen, mergedIds, traits, null, Map.of());
    }

    public CustomerProfile {
        identifiers = List.copyOf(identifiers);
        names = List.copyOf(names);
        touchpointCounts = Map.copyOf(touchpointCounts);
        sources = Set.copyOf(sources);
        mergedIds = List.copyOf(mergedIds);
        traits = traits == null ? Map.of() : traits;
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public long touchpointCount() {
        return touchpointCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
