package io.touchpointhub.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.touchpointhub.model.AttributeValue;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.GoldenAttribute;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ProfileIdentifier;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The read model of one unique customer in the {@code profiles} index (mapping:
 * {@code profiles-mapping.json}). Built from a {@link CustomerProfile}, never indexed from it directly,
 * so the index shape can change without touching the domain record. Lists are sorted so that the same
 * profile always yields the same document.
 *
 * @param id               the profile id (also the document id)
 * @param mergedIds        ids of profiles merged into this one; {@code get} by any of them finds this one
 * @param names            display names: the golden name first, then the names seen, most recent first,
 *                         then the other candidate names; full text (standard analyzer) and
 *                         {@code names.keyword}
 * @param identifiers      every identifier with its sources and when it was seen
 * @param identifierKeys   {@code type:value} of every identifier, for exact lookup
 * @param emails           e-mail values, normalised
 * @param phones           phone values in E.164
 * @param channels         channels the customer used
 * @param touchpointCounts touchpoints per channel (keys are {@link Channel} names)
 * @param traits           attributes of the person; stored for display, not searchable
 * @param account          the company the person belongs to ({@code id}, {@code name}), or null
 * @param attributes       the golden record: per attribute the surviving value, its source, the rule
 *                         and the alternatives; stored for display, not searchable (names are, above)
 */
public record ProfileDocument(
        String id,
        List<String> mergedIds,
        List<String> names,
        List<IdentifierEntry> identifiers,
        List<String> identifierKeys,
        List<String> emails,
        List<String> phones,
        List<Channel> channels,
        List<String> sources,
        Instant firstSeen,
        Instant lastSeen,
        long touchpointCount,
        Map<Channel, Long> touchpointCounts,
        Map<String, Object> traits,
        AccountEntry account,
        Map<String, GoldenAttribute> attributes) {

    /** The account of the profile: its id (exact lookup) and display name (full text and keyword). */
    public record AccountEntry(String id, String name) {
    }

    /** The attribute whose golden value and alternatives are searchable as names. */
    static final String NAME_ATTRIBUTE = "name";

    /**
     * One identifier of the profile as indexed.
     *
     * @param type      the {@link IdentifierType#wireName() wire name} ({@code email}, {@code phone} ...)
     * @param matchable false when guard rails keep this identifier from linking profiles
     */
    public record IdentifierEntry(
            String type, String value, List<String> sources, Instant firstSeen, Instant lastSeen,
            boolean matchable) {
    }

    public ProfileDocument {
        mergedIds = listOrEmpty(mergedIds);
        names = listOrEmpty(names);
        identifiers = listOrEmpty(identifiers);
        identifierKeys = listOrEmpty(identifierKeys);
        emails = listOrEmpty(emails);
        phones = listOrEmpty(phones);
        channels = listOrEmpty(channels);
        sources = listOrEmpty(sources);
        touchpointCounts = touchpointCounts == null ? Map.of() : Map.copyOf(touchpointCounts);
        traits = traits == null ? Map.of() : traits;
        attributes = attributes == null ? Map.of() : attributes;
    }

    public static ProfileDocument from(CustomerProfile profile) {
        List<ProfileIdentifier> identifiers = profile.identifiers().stream()
                .sorted(Comparator.comparing((ProfileIdentifier pi) -> identifierKey(pi.identifier())))
                .toList();
        Map<Channel, Long> counts = new EnumMap<>(Channel.class);
        profile.touchpointCounts().forEach((channel, count) -> {
            if (count != null && count > 0) {
                counts.put(channel, count);
            }
        });
        return new ProfileDocument(
                profile.id().toString(),
                profile.mergedIds().stream().map(ProfileId::toString).sorted().toList(),
                names(profile),
                identifiers.stream().map(ProfileDocument::entry).toList(),
                identifiers.stream().map(pi -> identifierKey(pi.identifier())).distinct().toList(),
                valuesOf(identifiers, IdentifierType.EMAIL),
                valuesOf(identifiers, IdentifierType.PHONE),
                List.copyOf(counts.keySet()),
                sorted(profile.sources()),
                profile.firstSeen(),
                profile.lastSeen(),
                profile.touchpointCount(),
                counts,
                profile.traits(),
                profile.account() == null ? null
                        : new AccountEntry(profile.account().id().toString(), profile.account().name()),
                profile.attributes());
    }

    /** The golden name leads, so the best match shows first; every candidate name stays findable. */
    private static List<String> names(CustomerProfile profile) {
        GoldenAttribute name = profile.attributes().get(NAME_ATTRIBUTE);
        if (name == null) {
            return profile.names();
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        if (name.value() instanceof String golden) {
            names.add(golden);
        }
        names.addAll(profile.names());
        name.alternatives().stream().map(AttributeValue::value).filter(String.class::isInstance)
                .map(String.class::cast).forEach(names::add);
        return List.copyOf(names);
    }

    /**
     * The exact-lookup key of an identifier, {@code <wire name>:<value>} ({@code email:ana@example.com}).
     * The value must already be normalised the way identity resolution stores it.
     */
    public static String identifierKey(Identifier identifier) {
        return identifier.type().wireName() + ":" + identifier.value();
    }

    /** The id as the model type; {@link #id()} is the string the index holds. */
    @JsonIgnore
    public ProfileId profileId() {
        return ProfileId.parse(id);
    }

    private static IdentifierEntry entry(ProfileIdentifier pi) {
        return new IdentifierEntry(
                pi.identifier().type().wireName(),
                pi.identifier().value(),
                sorted(pi.sources()),
                pi.firstSeen(),
                pi.lastSeen(),
                pi.matchable());
    }

    private static List<String> valuesOf(List<ProfileIdentifier> identifiers, IdentifierType type) {
        return identifiers.stream()
                .map(ProfileIdentifier::identifier)
                .filter(identifier -> identifier.type() == type)
                .map(Identifier::value)
                .distinct()
                .toList();
    }

    private static List<String> sorted(Set<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    private static <T> List<T> listOrEmpty(Collection<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
