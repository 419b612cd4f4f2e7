package io.touchpointhub.identity.undo;

import io.touchpointhub.identity.resolve.IdentityRules;
import io.touchpointhub.identity.store.CannotLinks;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Re-resolves the parts of a split against third profiles with the identity stage's rules: a part that
 * shares a usable identifier (matchable on both sides, held by no more profiles than the cap) with a
 * third profile merges with it into the older of the two, unless a cannot-link constraint keeps them
 * apart or they hold different values of a unique type. Before the split such a third profile was kept
 * apart from the whole by a conflict the part alone no longer has. The parts among themselves stay
 * apart: the split just recorded cannot-link constraints between them.
 */
final class Relinker {

    static final String RULE = "shared-identifier";

    private final ProfileRows rows;
    private final ProfileWrites writes;
    private final CannotLinks cannotLinks;
    private final IdentityRules rules;

    Relinker(ProfileRows rows, ProfileWrites writes, CannotLinks cannotLinks, IdentityRules rules) {
        this.rows = rows;
        this.writes = writes;
        this.cannotLinks = cannotLinks;
        this.rules = rules;
    }

    /**
     * @param locked the profiles the caller locked; only these may be merged
     * @return merged profile id to its survivor, for every merge made
     */
    Map<UUID, UUID> relink(Set<UUID> parts, Set<UUID> locked, String note) {
        Map<UUID, UUID> merged = new LinkedHashMap<>();
        for (UUID part : parts) {
            for (UUID third : rows.sharing(rows.live(part).orElseThrow(), rules.maxProfilesPerIdentifier())) {
                UUID current = rows.live(part).orElseThrow();
                if (!locked.contains(third) || current.equals(third) || cannotLinks.forbids(current, third)) {
                    continue;
                }
                evidence(current, third).ifPresent(evidence -> {
                    if (!conflict(rows.uniques(current, rules.uniqueTypes()), rows.uniques(third, rules.uniqueTypes()))) {
                        merge(current, third, evidence, note, merged);
                    }
                });
            }
        }
        return merged;
    }

    private void merge(UUID a, UUID b, Identifier evidence, String note, Map<UUID, UUID> merged) {
        Comparator<ProfileRows.Profile> age = Comparator.comparing(ProfileRows.Profile::createdAt)
                .thenComparing(ProfileRows.Profile::id);
        ProfileRows.Profile pa = rows.profile(a);
        ProfileRows.Profile pb = rows.profile(b);
        ProfileRows.Profile survivor = age.compare(pa, pb) <= 0 ? pa : pb;
        ProfileRows.Profile loser = survivor == pa ? pb : pa;
        writes.merge(survivor, loser, evidence, RULE, note);
        merged.put(loser.id(), survivor.id());
    }

    /** An identifier both profiles may link by that is not shared by more profiles than the cap. */
    private Optional<Identifier> evidence(UUID a, UUID b) {
        Map<Identifier, Boolean> theirs = rows.links(b);
        return rows.links(a).entrySet().stream()
                .filter(e -> e.getValue() && Boolean.TRUE.equals(theirs.get(e.getKey())))
                .map(Map.Entry::getKey)
                .filter(id -> !rules.isBlocked(id) && rows.holders(id) <= rules.maxProfilesPerIdentifier())
                .findFirst();
    }

    /** As the resolver judges it: each holds values of a unique type and they share none. */
    private static boolean conflict(Map<IdentifierType, Set<String>> a, Map<IdentifierType, Set<String>> b) {
        return a.entrySet().stream().anyMatch(e -> b.containsKey(e.getKey())
                && e.getValue().stream().noneMatch(b.get(e.getKey())::contains));
    }
}
