package io.touchpointhub.model;

import java.time.Instant;
import java.util.Set;

/**
 * An identifier as known on one profile: which sources reported it and when it was first and last seen.
 *
 * @param matchable false when guard rails keep this identifier from linking profiles (a blocklisted
 *                  value such as {@code test@test.com}, or one already shared by too many profiles)
 */
public record ProfileIdentifier(
        Identifier identifier,
        Set<String> sources,
        Instant firstSeen,
        Instant lastSeen,
        boolean matchable) {

    public ProfileIdentifier {
        sources = Set.copyOf(sources);
    }
}
