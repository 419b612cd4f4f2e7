package io.touchpointhub.identity.resolve;

import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.touchpointhub.identity.pipeline.DeadLetters;
import io.touchpointhub.identity.pipeline.RetryPolicy;
import io.touchpointhub.identity.pipeline.Stages;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.model.Touchpoint;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityFailureIT extends PostgresIT {

    private static final RetryPolicy NO_WAIT = new RetryPolicy(3, Duration.ZERO, Duration.ZERO);

    private final TouchpointLog log = new TouchpointLog(dataSource());
    private final IdentityStage stage = new IdentityStage(dataSource(), Json.defaultMapper(), IdentityRules.defaults(),
            NO_WAIT);
    private final DeadLetters deadLetters = new DeadLetters(dataSource());

    @Test
    void deadLettersATouchpointThatAlwaysFailsAfterMaxAttemptsWhileItsBatchGoesThrough() {
        List<Long> ids = append(touchpoint(email("ana@mail.org")), touchpoint(email("bo@mail.org")),
                touchpoint(email("cy@mail.org")));
        long poison = ids.get(1);
        corruptPayloadOf(poison);

        for (int i = 0; i < NO_WAIT.maxAttempts(); i++) {
            stage.runOnce(100);
        }

        assertThat(count("select count(*) from touchpoint_profile where touchpoint_id in (?, ?)", ids.get(0), ids.get(2)))
                .isEqualTo(2);
        assertThat(count("select count(*) from identify_task")).isZero();
        assertThat(deadLetters.list(10)).singleElement().satisfies(d -> {
            assertThat(d.stage()).isEqualTo(Stages.IDENTIFY);
            assertThat(d.touchpointId()).isEqualTo(poison);
            assertThat(d.attempts()).isEqualTo(NO_WAIT.maxAttempts());
            assertThat(d.reason()).contains("not readable");
        });
    }

    @Test
    void backsOffAFailedTouchpointBeforeItsNextAttempt() {
        IdentityStage patient = new IdentityStage(dataSource(), Json.defaultMapper(), IdentityRules.defaults(),
                new RetryPolicy(5, Duration.ofHours(1), Duration.ofHours(2)));
        long poison = append(touchpoint(email("ana@mail.org"))).get(0);
        corruptPayloadOf(poison);

        patient.runOnce(100);

        assertThat(patient.runOnce(100)).as("nothing due during the back-off").isZero();
        assertThat(count("select attempts from identify_task where touchpoint_id = ?", poison)).isEqualTo(1);
        assertThat(count("select count(*) from identify_task where not_before > now() + interval '59 minutes'"))
                .isEqualTo(1);
    }

    @Test
    void replayReEnqueuesADeadLetterForIdentification() {
        long poison = append(touchpoint(email("ana@mail.org"))).get(0);
        String payload = jdbc.queryForObject("select payload::text from touchpoint where id = ?", String.class, poison);
        corruptPayloadOf(poison);
        for (int i = 0; i < NO_WAIT.maxAttempts(); i++) {
            stage.runOnce(100);
        }
        jdbc.update("update touchpoint set payload = ?::json where id = ?", payload, poison); // the fix

        int replayed = deadLetters.replayAll();
        stage.runOnce(100);

        assertThat(replayed).isEqualTo(1);
        assertThat(count("select count(*) from touchpoint_profile where touchpoint_id = ?", poison)).isEqualTo(1);
        assertThat(deadLetters.pendingCount()).isZero();
    }

    @Test
    void claimsAgainWorkWhoseClaimingConnectionDied() throws Exception {
        long id = append(touchpoint(email("ana@mail.org"))).get(0);
        try (Connection crashed = server.dataSource().getConnection()) {
            crashed.setAutoCommit(false);
            try (Statement claim = crashed.createStatement()) {
                claim.executeQuery("select touchpoint_id from identify_task for update skip locked").close();
            }

            assertThat(stage.runOnce(100)).as("work locked by the crashed stage is skipped").isZero();
        } // closed without commit: the server rolls the claim back, as when a hub instance dies

        // the server notices the closed socket a moment later, as it would a crashed hub's
        await().atMost(Duration.ofSeconds(10)).until(() -> stage.runOnce(100) == 1);
        assertThat(count("select count(*) from touchpoint_profile where touchpoint_id = ?", id)).isEqualTo(1);
    }

    private List<Long> append(Touchpoint... touchpoints) {
        return log.appendAll(List.of(touchpoints)).stream().map(r -> r.id()).toList();
    }

    /** A payload no reader understands: what a botched manual fix or a future format would leave. */
    private static void corruptPayloadOf(long id) {
        jdbc.update("update touchpoint set payload = '{\"unexpected\": true}' where id = ?", id);
    }
}
