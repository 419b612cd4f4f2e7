package io.touchpointhub.search.index;

import static io.touchpointhub.search.Fixtures.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.model.ProfileId;
import io.touchpointhub.search.EmbeddedSearch;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CatchUpRefreshIT {

    @RegisterExtension
    static final EmbeddedSearch ES = new EmbeddedSearch();

    /* long enough that no scheduled refresh happens while a test looks */
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    private static final int LIMIT = 2000;

    private long count(String index) throws Exception {
        return ES.client().count(c -> c.index(index)).count();
    }

    private String refreshInterval(String alias) throws Exception {
        return ES.client().indices().getSettings(g -> g.index(alias)).result().values().iterator().next()
                .settings().index().refreshInterval().time();
    }

    private void write(HubIndices indices, long id) {
        IndexOutcome outcome = new ReadModelIndexer(ES.client(), indices)
                .write(List.of(touchpoint(id, ProfileId.random(), Instant.parse("2026-11-01T10:00:00Z"))), List.of(), List.of());
        assertThat(outcome.failedTouchpoints()).isEmpty();
    }

    @Test
    void aFullBatchSlowsRefreshingAndTheEndOfTheBacklogMakesEverythingSearchableAtOnce() throws Exception {
        HubIndices indices = ES.freshIndices();
        CatchUpRefresh refresh = new CatchUpRefresh(indices, CATCH_UP);

        refresh.afterBatch(LIMIT, LIMIT);
        write(indices, 1);
        Thread.sleep(1_500);

        assertThat(refresh.catchingUp()).isTrue();
        assertThat(refreshInterval(indices.touchpointsAlias())).isEqualTo("60000ms");
        assertThat(refreshInterval(indices.profilesAlias())).isEqualTo("60000ms");
        assertThat(count(indices.touchpointsAlias())).as("not refreshed within a second while catching up").isZero();

        refresh.afterBatch(LIMIT - 1, LIMIT);

        assertThat(refresh.catchingUp()).isFalse();
        assertThat(count(indices.touchpointsAlias())).as("refreshed when the backlog was written").isEqualTo(1);
        assertThat(refreshInterval(indices.touchpointsAlias())).isEqualTo("1s");
        assertThat(refreshInterval(indices.profilesAlias())).isEqualTo("1s");
    }

    @Test
    void theFirstBatchOfAnInstancePutsBackTheNormalIntervalLeftByAKilledOne() throws Exception {
        HubIndices indices = ES.freshIndices();
        indices.refreshEvery(CATCH_UP);

        new CatchUpRefresh(indices, CATCH_UP).afterBatch(0, LIMIT);

        assertThat(refreshInterval(indices.touchpointsAlias())).isEqualTo("1s");
    }

    @Test
    void aCatchUpIntervalOfOneSecondKeepsTheNormalOne() throws Exception {
        HubIndices indices = ES.freshIndices();
        CatchUpRefresh refresh = new CatchUpRefresh(indices, Duration.ofSeconds(1));

        refresh.afterBatch(LIMIT, LIMIT);

        assertThat(refresh.catchingUp()).isFalse();
        assertThat(refreshInterval(indices.touchpointsAlias())).isEqualTo("1s");
    }
}
