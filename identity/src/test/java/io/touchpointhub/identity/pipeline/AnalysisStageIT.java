package io.touchpointhub.identity.pipeline;

import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.identity.TransientIdentityException;
import io.touchpointhub.identity.resolve.IdentityStage;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.model.Sentiment;
import io.touchpointhub.model.SentimentLabel;
import io.touchpointhub.model.TextAnalysis;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointAnalysis;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class AnalysisStageIT extends PostgresIT {

    private static final RetryPolicy NO_WAIT = new RetryPolicy(2, Duration.ZERO, Duration.ZERO);
    private static final TouchpointAnalyzer POSITIVE = t -> new TouchpointAnalysis(new TextAnalysis("en",
            new Sentiment(SentimentLabel.POSITIVE, 0.6, "lexicon", List.of()), List.of(), List.of("kettle"),
            List.of("acme"), List.of(), List.of(), false), List.of("acme"));

    private final TouchpointLog log = new TouchpointLog(dataSource());
    private final IdentityStage identity = new IdentityStage(dataSource());
    private final AnalysisStage stage = new AnalysisStage(dataSource(), Json.defaultMapper(), NO_WAIT);
    private final TouchpointAnalyses analyses = new TouchpointAnalyses(dataSource(), Json.defaultMapper());
    private final DeadLetters deadLetters = new DeadLetters(dataSource());
    private final PipelineBacklog backlog = new PipelineBacklog(dataSource());

    @Test
    void intakeQueuesOnlyTouchpointsWithTextForAnalysis() {
        log.appendAll(List.of(withText(touchpoint(email("a@example.com")), "Love my #acme kettle"),
                touchpoint(email("b@example.com")), withText(touchpoint(email("c@example.com")), "  ")));

        assertThat(backlog.pending()).containsEntry(Stages.ANALYSE, 1L).containsEntry(Stages.IDENTIFY, 3L);
    }

    @Test
    void storesTheAnalysisAndLeavesIndexingToIdentityWhenIdentityHasNotResolvedTheTouchpointYet() {
        long id = log.appendAll(List.of(withText(touchpoint(email("a@example.com")), "Love my #acme kettle")))
                .get(0).id();

        int handled = stage.runOnce(10, POSITIVE);

        assertThat(handled).isEqualTo(1);
        assertThat(backlog.pending()).containsEntry(Stages.ANALYSE, 0L).containsEntry(Stages.INDEX, 0L);
        TouchpointAnalysis stored = analyses.find(List.of(id)).get(id);
        assertThat(stored.topics()).containsExactly("acme");
        assertThat(stored.text().sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(stored.text().hashtags()).containsExactly("acme");
    }

    @Test
    void queuesAReindexWhenIdentityHasAlreadyIndexedTheTouchpoint() {
        long id = log.appendAll(List.of(withText(touchpoint(email("a@example.com")), "Love my #acme kettle")))
                .get(0).id();
        identity.runOnce(10);
        jdbc.update("delete from index_task");

        stage.runOnce(10, POSITIVE);

        assertThat(count("select count(*) from index_task where ? = any(touchpoint_ids)", id)).isEqualTo(1);
    }

    @Test
    void concurrentWorkersClaimDifferentTouchpoints() throws Exception {
        log.appendAll(List.of(withText(touchpoint(email("a@example.com")), "one"),
                withText(touchpoint(email("b@example.com")), "two")));
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TouchpointAnalyzer slow = t -> {
            firstClaimed.countDown();
            await(release);
            return POSITIVE.analyse(t);
        };
        CompletableFuture<Integer> first =
                CompletableFuture.supplyAsync(() -> stage.runOnce(1, slow));
        await(firstClaimed);

        int second = stage.runOnce(1, POSITIVE);
        release.countDown();

        assertThat(second).isEqualTo(1);
        assertThat(first.get()).isEqualTo(1);
        assertThat(count("select count(*) from touchpoint_analysis")).isEqualTo(2);
    }

    @Test
    void aBatchThatCannotFinishLeavesItsWorkQueuedUntouchedForTheNextWorker() {
        log.appendAll(List.of(withText(touchpoint(email("a@example.com")), "one"),
                withText(touchpoint(email("b@example.com")), "two")));
        AtomicInteger calls = new AtomicInteger();
        TouchpointAnalyzer dying = t -> {
            if (calls.incrementAndGet() == 2) {
                throw new CannotGetJdbcConnectionException("database went away");
            }
            return POSITIVE.analyse(t);
        };

        assertThatThrownBy(() -> stage.runOnce(10, dying)).isInstanceOf(TransientIdentityException.class);

        assertThat(count("select count(*) from analyse_task where attempts = 0")).isEqualTo(2);
        assertThat(count("select count(*) from touchpoint_analysis")).isZero();
        assertThat(stage.runOnce(10, POSITIVE)).isEqualTo(2);
        assertThat(count("select count(*) from touchpoint_analysis")).isEqualTo(2);
    }

    @Test
    void retriesAFailingAnalysisThenBuriesItAndAReplayQueuesItAgain() {
        long id = log.appendAll(List.of(withText(touchpoint(email("a@example.com")), "text"))).get(0).id();
        AtomicInteger calls = new AtomicInteger();
        TouchpointAnalyzer failing = t -> {
            calls.incrementAndGet();
            throw new IllegalStateException("analyser broke");
        };

        stage.runOnce(10, failing);
        long afterFirst = count("select attempts from analyse_task where touchpoint_id = ?", id);
        stage.runOnce(10, failing);

        assertThat(afterFirst).isEqualTo(1);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(backlog.pending()).containsEntry(Stages.ANALYSE, 0L).containsEntry(PipelineBacklog.DEAD_LETTERS, 1L);
        DeadLetter letter = deadLetters.list(1).get(0);
        assertThat(letter.stage()).isEqualTo(Stages.ANALYSE);
        assertThat(letter.touchpointId()).isEqualTo(id);
        assertThat(letter.reason()).contains("analyser broke");
        assertThat(deadLetters.replayAll()).isEqualTo(1);
        assertThat(backlog.pending()).containsEntry(Stages.ANALYSE, 1L);
    }

    @Test
    void requeuesAnalysedTouchpointsForRetaggingSinceAnInstant() {
        List<Long> ids = log.appendAll(List.of(withText(touchpoint(email("a@example.com")), "one"),
                withText(touchpoint(email("b@example.com")), "two"))).stream().map(r -> r.id()).toList();
        stage.runOnce(10, POSITIVE);
        Instant secondAt = Instant.parse(jdbc.queryForObject(
                "select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') from touchpoint where id = ?",
                String.class, ids.get(1)));

        int some = analyses.requeue(secondAt);
        int all = analyses.requeue(null);

        assertThat(some).isEqualTo(1);
        assertThat(all).isEqualTo(1);
        assertThat(backlog.pending()).containsEntry(Stages.ANALYSE, 2L);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Touchpoint withText(Touchpoint t, String text) {
        return new Touchpoint(t.key(), t.type(), t.name(), t.occurredAt(), t.receivedAt(), t.identifiers(), t.traits(),
                t.properties(), Map.of(), text);
    }
}
