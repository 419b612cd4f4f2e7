package io.touchpointhub.identity.resolve;

import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.profile.ProfileSummary;
import io.touchpointhub.model.Touchpoint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The resolver's hook for cannot-link constraints (unmerged parts, rejected reviews). */
class KeptApartResolutionTest {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private final IdentityRules rules = IdentityRules.defaults();

    @Test
    void doesNotMergeProfilesACannotLinkKeepsApart() {
        GraphSnapshot graph = new GraphSnapshot();
        ProfileNode a = stored(graph, "2025-01-01T00:00:00Z", "a@mail.org");
        ProfileNode b = stored(graph, "2025-02-01T00:00:00Z", "b@mail.org");
        keepApart(a, b);

        ResolutionPlan plan = new BatchResolver(rules, graph, NOW)
                .resolve(List.of(pending(1, touchpoint(email("a@mail.org"), email("b@mail.org")))));

        assertThat(plan.merges()).isEmpty();
        assertThat(plan.mergedAway()).isEmpty();
        assertThat(plan.assignments().get(1L)).isIn(a.id, b.id);
    }

    @Test
    void keepsTheConstraintWhenOneSideAbsorbedAThirdProfileEarlierInTheBatch() {
        GraphSnapshot graph = new GraphSnapshot();
        ProfileNode a = stored(graph, "2025-01-01T00:00:00Z", "a@mail.org");
        ProfileNode b = stored(graph, "2025-02-01T00:00:00Z", "b@mail.org");
        ProfileNode c = stored(graph, "2025-03-01T00:00:00Z", "c@mail.org");
        keepApart(c, b);

        ResolutionPlan plan = new BatchResolver(rules, graph, NOW).resolve(List.of(
                pending(1, touchpoint(email("a@mail.org"), email("c@mail.org"))),
                pending(2, touchpoint(email("a@mail.org"), email("b@mail.org")))));

        assertThat(plan.mergedAway()).containsOnlyKeys(c.id);
        assertThat(plan.assignments().get(2L)).isIn(a.id, b.id);
    }

    private static ProfileNode stored(GraphSnapshot graph, String createdAt, String email) {
        ProfileNode node = new ProfileNode(UUID.nameUUIDFromBytes(email.getBytes()), true, Instant.parse(createdAt),
                ProfileSummary.empty());
        graph.nodes.put(node.id, node);
        graph.link(email(email), node, true);
        return node;
    }

    /** What CannotLinkPairs marks on the nodes when the resolver asks for the constraints. */
    private static void keepApart(ProfileNode a, ProfileNode b) {
        a.apart.add(b.id);
        b.apart.add(a.id);
    }

    private static PendingTouchpoint pending(long id, Touchpoint touchpoint) {
        return new PendingTouchpoint(id, touchpoint, touchpoint.identifiers().stream()
                .map(i -> new PendingTouchpoint.Normalised(i, false)).toList());
    }
}
