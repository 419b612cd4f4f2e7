package io.touchpointhub.identity.undo;

import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.resolve.IdentityRules;
import io.touchpointhub.identity.resolve.IdentityStage;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Unmerges and manual merges racing identity stages that resolve touchpoints of the same people: the
 * edits lock like the stage, so no touchpoint is lost or left on a merged profile, and the parts of
 * the last unmerge stay apart whatever the stages resolved meanwhile.
 */
class ConcurrentProfileEditsIT extends PostgresIT {

    private static final int PAIRS = 8;
    private static final int STAGES = 2;

    @Test
    void editsRacingTheIdentityStageLoseNoTouchpointAndLeaveTheGraphConsistent() throws Exception {
        TouchpointLog log = new TouchpointLog(dataSource());
        IdentityStage setup = new IdentityStage(dataSource());
        List<ProfileId[]> pairs = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            long ana = append(log, touchpoint(email("ana" + i + "@mail.org")));
            drain(setup);
            long bob = append(log, touchpoint(email("bob" + i + "@mail.org")));
            drain(setup);
            pairs.add(new ProfileId[] {profileOf(ana), profileOf(bob)});
            append(log, linking(i));
        }
        drain(setup);
        ProfileEdits edits = new ProfileEdits(dataSource(), IdentityRules.defaults());

        AtomicBoolean editing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(STAGES + 1);
        List<Future<?>> stages = new ArrayList<>();
        for (int s = 0; s < STAGES; s++) {
            IdentityStage stage = new IdentityStage(dataSource());
            stages.add(pool.submit(() -> {
                while (editing.get() || count("select count(*) from identify_task") > 0) {
                    stage.runOnce(20);
                }
            }));
        }
        Future<?> editor = pool.submit(() -> {
            try {
                for (int i = 0; i < PAIRS; i++) {
                    append(log, linking(i));
                    edits.unmerge(pairs.get(i)[0], List.of(), null);
                    append(log, linking(i));
                    edits.merge(pairs.get(i)[1], pairs.get(i)[0], true, null);
                    append(log, linking(i));
                    edits.unmerge(pairs.get(i)[1], List.of(), null);
                    append(log, linking(i));
                }
            } finally {
                editing.set(false);
            }
        });
        editor.get(120, TimeUnit.SECONDS);
        for (Future<?> stage : stages) {
            stage.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(count("select count(*) from identify_task")).isZero();
        assertThat(count("select count(*) from dead_letter")).isZero();
        assertThat(count("select count(*) from touchpoint t left join touchpoint_profile tp on tp.touchpoint_id = t.id"
                + " left join profile p on p.id = tp.profile_id where p.id is null or p.merged_into is not null"))
                .as("every touchpoint belongs to a live profile").isZero();
        assertThat(count("select count(*) from profile_identifier pi join profile p on p.id = pi.profile_id"
                + " where p.merged_into is not null")).as("only live profiles hold identifiers").isZero();
        assertThat(count("select count(*) from profile p join profile s on s.id = p.merged_into"
                + " where s.merged_into is not null")).as("merged_into names a live profile").isZero();
        assertThat(count("select count(*) from profile where merged_into is null")).isEqualTo(2L * PAIRS);
        for (ProfileId[] pair : pairs) {
            assertThat(liveOf(pair[0])).isEqualTo(pair[0].value());
            assertThat(liveOf(pair[1])).isEqualTo(pair[1].value());
        }
    }

    private static Touchpoint linking(int pair) {
        return touchpoint(email("ana" + pair + "@mail.org"), email("bob" + pair + "@mail.org"));
    }

    private static long append(TouchpointLog log, Touchpoint touchpoint) {
        return log.appendAll(List.of(touchpoint)).get(0).id();
    }

    private static UUID liveOf(ProfileId id) {
        return jdbc.queryForObject("select coalesce(merged_into, id) from profile where id = ?", UUID.class, id.value());
    }
}
