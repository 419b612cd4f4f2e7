package io.touchpointhub.identity.resolve;

import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static io.touchpointhub.identity.support.Touchpoints.userId;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.profile.ProfileSummary;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BatchResolverTest {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private final IdentityRules rules = IdentityRules.defaults();

    @Test
    void foldsAProfileCreatedEarlierInTheBatchWithoutAuditingIt() {
        GraphSnapshot graph = new GraphSnapshot();
        ProfileNode stored = stored("2025-01-01T00:00:00Z", "shared@mail.org");
        graph.nodes.put(stored.id, stored);
        graph.link(email("shared@mail.org"), stored, true);

        ResolutionPlan plan = new BatchResolver(rules, graph, NOW).resolve(List.of(
                pending(1, touchpoint(email("new@mail.org"))),
                pending(2, touchpoint(email("new@mail.org"), email("shared@mail.org")))));

        assertThat(plan.assignments()).containsEntry(1L, stored.id).containsEntry(2L, stored.id);
        assertThat(plan.merges()).isEmpty();
        assertThat(plan.mergedAway()).isEmpty();
        assertThat(plan.profiles()).extracting(n -> n.id).containsExactly(stored.id);
    }

    @Test
    void mergesStoredProfilesIntoTheOldestAndNamesTheLinkingIdentifier() {
        GraphSnapshot graph = new GraphSnapshot();
        ProfileNode older = stored("2025-01-01T00:00:00Z", "a@mail.org");
        ProfileNode younger = stored("2025-02-01T00:00:00Z", "b@mail.org");
        graph.link(email("a@mail.org"), older, true);
        graph.link(email("b@mail.org"), younger, true);
        graph.nodes.put(older.id, older);
        graph.nodes.put(younger.id, younger);

        ResolutionPlan plan = new BatchResolver(rules, graph, NOW)
                .resolve(List.of(pending(7, touchpoint(email("b@mail.org"), email("a@mail.org")))));

        assertThat(plan.mergedAway()).containsExactly(java.util.Map.entry(younger.id, older.id));
        assertThat(plan.merges()).singleElement().satisfies(m -> {
            assertThat(m.survivor()).isEqualTo(older.id);
            assertThat(m.identifier()).isEqualTo(email("b@mail.org"));
            assertThat(m.touchpointId()).isEqualTo(7);
        });
    }

    @Test
    void refusesAMergeThatWouldGiveOneProfileTwoUserIds() {
        GraphSnapshot graph = new GraphSnapshot();
        ProfileNode u1 = stored("2025-01-01T00:00:00Z", "family@mail.org");
        u1.uniques.put(IdentifierType.USER_ID, new HashSet<>(List.of("u1")));
        graph.link(email("family@mail.org"), u1, true);
        graph.nodes.put(u1.id, u1);

        ResolutionPlan plan = new BatchResolver(rules, graph, NOW)
                .resolve(List.of(pending(1, touchpoint(userId("u2"), email("family@mail.org")))));

        assertThat(plan.assignments().get(1L)).isNotEqualTo(u1.id);
        assertThat(plan.merges()).isEmpty();
        assertThat(plan.links().keySet()).extracting(ResolutionPlan.LinkKey::identifier)
                .contains(email("family@mail.org"));
    }

    private static ProfileNode stored(String createdAt, String label) {
        return new ProfileNode(UUID.nameUUIDFromBytes(label.getBytes()), true, Instant.parse(createdAt),
                ProfileSummary.empty());
    }

    private PendingTouchpoint pending(long id, Touchpoint touchpoint) {
        List<PendingTouchpoint.Normalised> ids = touchpoint.identifiers().stream()
                .map(i -> new PendingTouchpoint.Normalised(i, rules.isBlocked(i))).toList();
        return new PendingTouchpoint(id, touchpoint, ids);
    }

}
