package io.touchpointhub.identity.undo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SplitPlanTest {

    private final UUID live = id(1);
    private final UUID b = id(2);
    private final UUID c = id(3);
    private final UUID d = id(4);
    /* c was merged into b, then b and d into the live profile */
    private final Map<UUID, UUID> parents = Map.of(c, b, b, live, d, live);
    private final Set<UUID> members = Set.of(b, c, d);

    @Test
    void splitsIntoEveryMergedProfileByDefault() {
        SplitPlan plan = SplitPlan.of(live, members, parents, List.of());

        assertThat(plan.parts()).containsExactlyInAnyOrder(b, c, d);
        assertThat(plan.partOf(c)).isEqualTo(c);
        assertThat(plan.mergedIntoAfter(c)).isNull();
    }

    @Test
    void aProfileSplitOffTakesAlongTheProfilesMergedIntoItBefore() {
        SplitPlan plan = SplitPlan.of(live, members, parents, List.of(b));

        assertThat(plan.partOf(c)).isEqualTo(b);
        assertThat(plan.mergedIntoAfter(c)).isEqualTo(b);
        assertThat(plan.partOf(d)).isEqualTo(live);
        assertThat(plan.mergedIntoAfter(d)).isEqualTo(live);
    }

    @Test
    void touchpointsWithoutOriginOrFromElsewhereStayWithTheSplitProfile() {
        SplitPlan plan = SplitPlan.of(live, members, parents, List.of());

        assertThat(plan.partOf(null)).isEqualTo(live);
        assertThat(plan.partOf(id(9))).isEqualTo(live);
        assertThat(plan.partOf(live)).isEqualTo(live);
    }

    @Test
    void aPartKeptInTheLiveProfileHandsItsSubtreeToTheNextPartUp() {
        SplitPlan plan = SplitPlan.of(live, members, parents, List.of()).without(Set.of(c), members, parents);

        assertThat(plan.parts()).containsExactlyInAnyOrder(b, d);
        assertThat(plan.partOf(c)).isEqualTo(b);
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }
}
