package io.touchpointhub.identity.undo;

import io.touchpointhub.identity.normalize.IdentifierNormalizer;
import io.touchpointhub.identity.profile.ProfileSummary;
import io.touchpointhub.identity.resolve.IdentityRules;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.Touchpoint;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rebuilds one part of a split from its touchpoints, as the identity stage would have built it: the
 * summary (names, counts, traits, first and last seen) and the identifier links with their sources and
 * seen interval. Identifiers are normalised and judged with the stage's rules; an identifier the stage
 * had already found shared too widely keeps its flag (the split does not make it any less shared).
 */
final class PartBuilder {

    /** One rebuilt identifier link. */
    record Link(Identifier identifier, Set<String> sources, Instant firstSeen, Instant lastSeen, boolean matchable) {
    }

    /** A part rebuilt: what the profile row and its identifier rows hold after the split. */
    record Part(ProfileSummary summary, List<Link> links) {
    }

    private final IdentityRules rules;
    private final IdentifierNormalizer normalizer;

    PartBuilder(IdentityRules rules) {
        this.rules = rules;
        this.normalizer = new IdentifierNormalizer(rules.defaultRegion());
    }

    /**
     * @param wasMatchable the flags the split profile's links had; identifiers absent from it are matchable
     *                     unless blocked
     */
    Part build(List<Touchpoint> touchpoints, Map<Identifier, Boolean> wasMatchable) {
        ProfileSummary summary = ProfileSummary.empty();
        Map<Identifier, Link> links = new LinkedHashMap<>();
        for (Touchpoint touchpoint : touchpoints.stream().sorted(Comparator.comparing(Touchpoint::occurredAt)).toList()) {
            summary.add(touchpoint);
            for (Identifier raw : touchpoint.identifiers()) {
                normalizer.normalize(raw).ifPresent(id -> links.merge(id, link(id, touchpoint, wasMatchable),
                        PartBuilder::combine));
            }
        }
        return new Part(summary, List.copyOf(links.values()));
    }

    private Link link(Identifier id, Touchpoint touchpoint, Map<Identifier, Boolean> wasMatchable) {
        boolean matchable = !rules.isBlocked(id) && wasMatchable.getOrDefault(id, true);
        Set<String> sources = new TreeSet<>();
        sources.add(touchpoint.source());
        return new Link(id, sources, touchpoint.occurredAt(), touchpoint.occurredAt(), matchable);
    }

    private static Link combine(Link a, Link b) {
        Set<String> sources = new TreeSet<>(a.sources());
        sources.addAll(b.sources());
        return new Link(a.identifier(), sources, a.firstSeen().isBefore(b.firstSeen()) ? a.firstSeen() : b.firstSeen(),
                a.lastSeen().isAfter(b.lastSeen()) ? a.lastSeen() : b.lastSeen(), a.matchable() && b.matchable());
    }
}
