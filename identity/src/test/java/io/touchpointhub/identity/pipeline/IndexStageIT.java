package io.touchpointhub.identity.pipeline;

import static io.touchpointhub.identity.support.Touchpoints.anonymousId;
import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.touchpointhub.identity.resolve.IdentityStage;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.model.Touchpoint;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IndexStageIT extends PostgresIT {

    private static final RetryPolicy NO_WAIT = new RetryPolicy(3, Duration.ZERO, Duration.ZERO);

    private final TouchpointLog log = new TouchpointLog(dataSource());
    private final IdentityStage identity = new IdentityStage(dataSource());
    private final IndexStage index = new IndexStage(dataSource(), Json.defaultMapper(), NO_WAIT);
    private final DeadLetters deadLetters = new DeadLetters(dataSource());
    private final PipelineBacklog backlog = new PipelineBacklog(dataSource());
    private final RecordingWriter writer = new RecordingWriter();

    @Test
    void writesEveryTouchpointOnceAndEachChangedProfileOnce() {
        ingest(touchpoint(email("ana@mail.org")), touchpoint(email("ana@mail.org")), touchpoint(email("bo@mail.org")));

        drainIndex();

        assertThat(writer.touchpointWrites).isEqualTo(3);
        assertThat(writer.batches).hasSize(1);
        assertThat(writer.batches.get(0).profiles()).hasSize(2);
        assertThat(writer.profiles.values()).extracting(CustomerProfile::touchpointCount).containsExactlyInAnyOrder(2L, 1L);
        assertThat(backlog.pending()).containsEntry(Stages.IDENTIFY, 0L).containsEntry(Stages.INDEX, 0L);
    }

    @Test
    void claimsAboutABatchOfItemsThoughResolvedTouchpointsAreQueuedManyToARow() {
        Touchpoint[] people = new Touchpoint[500];
        for (int i = 0; i < people.length; i++) {
            people[i] = touchpoint(email("person" + i + "@mail.org"));
        }
        ingest(people); // 500 touchpoints and 500 profiles to write
        assertThat(backlog.pending()).containsEntry(Stages.INDEX, 1000L);

        int claimed = index.runOnce(250, writer);

        assertThat(claimed).isBetween(250, 250 + IndexQueue.TOUCHPOINTS_PER_ROW);
        assertThat(writer.touchpointWrites + writer.batches.get(0).profiles().size()).isEqualTo(claimed);
        assertThat(backlog.pending()).containsEntry(Stages.INDEX, 1000L - claimed);
        drainIndex();
        assertThat(writer.touchpointWrites).isEqualTo(500);
        assertThat(backlog.pending()).containsEntry(Stages.INDEX, 0L);
    }

    @Test
    void refreshesABusyProfileOnceForManyQueuedChanges() {
        for (int i = 0; i < 5; i++) {
            ingest(touchpoint(email("ana@mail.org"))); // five identity batches, five profile tasks
        }

        drainIndex();

        assertThat(writer.batches).singleElement()
                .satisfies(b -> assertThat(b.profiles()).singleElement()
                        .satisfies(p -> assertThat(p.touchpointCount()).isEqualTo(5)));
    }

    @Test
    void rewritesMovedTouchpointsAndRemovesMergedProfiles() {
        long a = ingest(touchpoint(anonymousId("a1"), email("ana@mail.org"))).get(0);
        long b = ingest(touchpoint(anonymousId("a2"))).get(0);
        drainIndex();
        ProfileId loser = writer.touchpoints.get(b).profileId();

        ingest(touchpoint(anonymousId("a2"), email("ana@mail.org")));
        drainIndex();

        ProfileId survivor = writer.touchpoints.get(a).profileId();
        assertThat(writer.touchpoints.get(b).profileId()).isEqualTo(survivor);
        assertThat(writer.profiles).containsOnlyKeys(survivor);
        assertThat(writer.profiles.get(survivor).mergedIds()).containsExactly(loser);
    }

    @Test
    void deadLettersATouchpointTheWriterAlwaysFailsAfterMaxAttemptsAndReplaysIt() {
        List<Long> ids = ingest(touchpoint(email("ana@mail.org")), touchpoint(email("bo@mail.org")));
        long poison = ids.get(1);
        writer.poisonTouchpoints.add(poison);

        for (int i = 0; i < NO_WAIT.maxAttempts(); i++) {
            index.runOnce(100, writer);
        }

        assertThat(writer.touchpoints).containsOnlyKeys(ids.get(0));
        assertThat(deadLetters.list(10)).singleElement().satisfies(d -> {
            assertThat(d.stage()).isEqualTo(Stages.INDEX);
            assertThat(d.touchpointId()).isEqualTo(poison);
            assertThat(d.attempts()).isEqualTo(NO_WAIT.maxAttempts());
            assertThat(d.reason()).contains("mapper exploded");
            assertThat(d.replayedAt()).isNull();
        });
        assertThat(backlog.pending()).containsEntry(Stages.INDEX, 0L).containsEntry(PipelineBacklog.DEAD_LETTERS, 1L);

        writer.poisonTouchpoints.clear();
        long deadLetterId = deadLetters.list(1).get(0).id();
        assertThat(deadLetters.replay(deadLetterId)).isTrue();
        assertThat(deadLetters.replay(deadLetterId)).isFalse();
        drainIndex();

        assertThat(writer.touchpoints).containsKey(poison);
        assertThat(deadLetters.pendingCount()).isZero();
        assertThat(deadLetters.list(1).get(0).replayedAt()).isNotNull();
    }

    @Test
    void countsAnAttemptForEachItemTheWriterReportsAsFailed() {
        long rejected = ingest(touchpoint(email("ana@mail.org"))).get(0);
        writer.rejectedTouchpoints.add(rejected);

        index.runOnce(100, writer);

        assertThat(count("select attempts from index_task where touchpoint_id = ?", rejected)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_error from index_task where touchpoint_id = ?", String.class,
                rejected)).isEqualTo("mapper_parsing_exception");
    }

    @Test
    void rollsBackWithoutCountingAttemptsWhileTheReadStoreIsUnavailable() {
        ingest(touchpoint(email("ana@mail.org")));
        long queued = count("select count(*) from index_task");
        writer.unavailable = true;

        for (int i = 0; i < NO_WAIT.maxAttempts() + 2; i++) {
            assertThatThrownBy(() -> index.runOnce(100, writer)).isInstanceOf(ReadModelUnavailableException.class);
        }

        assertThat(count("select count(*) from index_task")).isEqualTo(queued);
        assertThat(count("select coalesce(max(attempts), 0) from index_task")).isZero();
        assertThat(deadLetters.pendingCount()).isZero();
        writer.unavailable = false;
        drainIndex();
        assertThat(writer.touchpoints).hasSize(1);
    }

    @Test
    void claimsAgainWorkWhoseClaimingConnectionDied() throws Exception {
        ingest(touchpoint(email("ana@mail.org")));
        try (Connection crashed = server.dataSource().getConnection()) {
            crashed.setAutoCommit(false);
            try (Statement claim = crashed.createStatement()) {
                claim.executeQuery("select id from index_task for update skip locked").close();
            }

            assertThat(index.runOnce(100, writer)).as("work locked by the crashed stage is skipped").isZero();
        } // closing without commit: the server rolls the claim back, as when a hub instance dies

        // the server notices the closed socket a moment later, as it would a crashed hub's
        await().atMost(Duration.ofSeconds(10)).until(() -> index.runOnce(100, writer) == 2);
        assertThat(writer.touchpoints).hasSize(1);
    }

    @Test
    void pausesEveryIndexStageWhileARebuildRuns() throws Exception {
        ingest(touchpoint(email("ana@mail.org")));
        CountDownLatch rebuilding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> rebuild = CompletableFuture.runAsync(() -> index.pausedWhile(() -> {
            rebuilding.countDown();
            awaitRelease(release);
        }));
        assertThat(rebuilding.await(10, TimeUnit.SECONDS)).isTrue();

        int duringRebuild = new IndexStage(dataSource()).runOnce(100, writer);
        release.countDown();
        rebuild.get(10, TimeUnit.SECONDS);

        assertThat(duringRebuild).isZero();
        assertThat(writer.touchpoints).isEmpty();
        assertThat(index.runOnce(100, writer)).isEqualTo(2);
    }

    @Test
    void letsOnlyOneIndexStageWriteAtATimeSoAnOlderProfileStateCannotLandLast() throws Exception {
        ingest(touchpoint(email("ana@mail.org")));
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> index.runOnce(100, batch -> {
            writing.countDown();
            awaitRelease(release);
            return writer.write(batch);
        }));
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        // the same profile changes and is queued again while the first writer still holds the old state
        ingest(touchpoint(email("ana@mail.org")));

        int whileFirstWrites = new IndexStage(dataSource()).runOnce(100, writer);
        release.countDown();

        assertThat(whileFirstWrites).isZero();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        drainIndex();
        assertThat(writer.profiles.values()).singleElement()
                .extracting(CustomerProfile::touchpointCount).isEqualTo(2L);
    }

    @Test
    void streamsEveryProfileAndResolvedTouchpointInPagesForARebuild() {
        for (int i = 0; i < 7; i++) {
            ingest(touchpoint(email("person" + i + "@mail.org")), touchpoint(email("person" + i + "@mail.org")));
        }
        List<Integer> profilePages = new ArrayList<>();
        List<CustomerProfile> profiles = new ArrayList<>();
        List<ResolvedTouchpoint> touchpoints = new ArrayList<>();

        index.forEachProfile(3, page -> {
            profilePages.add(page.size());
            profiles.addAll(page);
        });
        index.forEachResolvedTouchpoint(5, touchpoints::addAll);

        assertThat(profilePages).containsExactly(3, 3, 1);
        assertThat(profiles).extracting(CustomerProfile::id).doesNotHaveDuplicates().hasSize(7);
        assertThat(touchpoints).extracting(ResolvedTouchpoint::id).hasSize(14).isSorted().doesNotHaveDuplicates();
    }

    private List<Long> ingest(Touchpoint... touchpoints) {
        List<Long> ids = log.appendAll(List.of(touchpoints)).stream().map(r -> r.id()).toList();
        drain(identity);
        return ids;
    }

    private void drainIndex() {
        while (index.runOnce(100, writer) > 0) {
            // until idle
        }
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
