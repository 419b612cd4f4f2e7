package io.touchpointhub.identity.resolve;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The guard rails of deterministic resolution.
 *
 * @param defaultRegion            region of national phone numbers, e.g. "GB"
 * @param blockedValues            normalised values that never link profiles (compared ignoring case;
 *                                 for {@code system:id} values the id part is checked too)
 * @param blockedPatterns          regular expressions a whole normalised value must match to be blocked
 * @param maxProfilesPerIdentifier an identifier already linked to more live profiles than this is
 *                                 treated as shared (an office switchboard, a family e-mail) and
 *                                 no longer links anything
 * @param uniqueTypes              types of which a person has only one value: profiles holding two
 *                                 different values of one of them are never merged
 */
public record IdentityRules(
        String defaultRegion,
        Set<String> blockedValues,
        List<Pattern> blockedPatterns,
        int maxProfilesPerIdentifier,
        Set<IdentifierType> uniqueTypes) {

    public static final int DEFAULT_MAX_PROFILES_PER_IDENTIFIER = 5;

    private static final Set<String> DEFAULT_BLOCKED_VALUES = Set.of(
            "test@test.com", "test@example.com", "0000000000", "+0000000000", "1234567890",
            "anonymous", "unknown", "null", "undefined", "n/a", "na", "none", "-", "0");

    private static final List<Pattern> DEFAULT_BLOCKED_PATTERNS = List.of(
            // one digit repeated, with or without a country code: +44 0000 000000, 1111111111
            Pattern.compile("\\+?\\d{0,3}(\\d)\\1{6,}"),
            // the ascending run people type into required phone fields
            Pattern.compile("\\+?\\d{0,3}0?123456789\\d?"),
            Pattern.compile("(no-?reply|do-?not-?reply)@.+"));

    public IdentityRules {
        if (maxProfilesPerIdentifier < 1) {
            throw new IllegalArgumentException("maxProfilesPerIdentifier must be at least 1");
        }
        blockedValues = blockedValues.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        blockedPatterns = List.copyOf(blockedPatterns);
        uniqueTypes = Set.copyOf(uniqueTypes);
    }

    /** Region "GB" (override for your market), the default blocklist, a cap of 5, user ids unique. */
    public static IdentityRules defaults() {
        return new IdentityRules("GB", DEFAULT_BLOCKED_VALUES, DEFAULT_BLOCKED_PATTERNS,
                DEFAULT_MAX_PROFILES_PER_IDENTIFIER, Set.of(IdentifierType.USER_ID));
    }

    public IdentityRules withDefaultRegion(String region) {
        return new IdentityRules(region, blockedValues, blockedPatterns, maxProfilesPerIdentifier, uniqueTypes);
    }

    public IdentityRules withMaxProfilesPerIdentifier(int max) {
        return new IdentityRules(defaultRegion, blockedValues, blockedPatterns, max, uniqueTypes);
    }

    /** True when the normalised identifier is junk that must never link two touchpoints. */
    public boolean isBlocked(Identifier normalised) {
        String value = normalised.value().toLowerCase(Locale.ROOT);
        if (blocked(value)) {
            return true;
        }
        int colon = value.indexOf(':');
        return colon > 0 && (normalised.type() == IdentifierType.EXTERNAL_ID
                || normalised.type() == IdentifierType.HANDLE) && blocked(value.substring(colon + 1));
    }

    private boolean blocked(String value) {
        return blockedValues.contains(value)
                || blockedPatterns.stream().anyMatch(p -> p.matcher(value).matches());
    }

    public boolean isUnique(IdentifierType type) {
        return uniqueTypes.contains(type);
    }
}
