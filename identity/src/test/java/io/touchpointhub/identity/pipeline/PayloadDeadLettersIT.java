package io.touchpointhub.identity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.support.PostgresIT;
import org.junit.jupiter.api.Test;

class PayloadDeadLettersIT extends PostgresIT {

    private final DeadLetters deadLetters = new DeadLetters(dataSource());

    @Test
    void keepsARejectedPayloadVerbatimForItsMapperToReplay() {
        long id = deadLetters.buryPayload("SOCIAL", "mastodon-main", "mastodon-status", "{\"id\":", "body: must be JSON");

        assertThat(deadLetters.pendingPayloads(null)).singleElement().satisfies(letter -> {
            assertThat(letter.id()).isEqualTo(id);
            assertThat(letter.format()).isEqualTo("mastodon-status");
            assertThat(letter.payload()).isEqualTo("{\"id\":");
            assertThat(letter.toString()).doesNotContain("{\"id\":");
        });
        assertThat(deadLetters.list(10)).singleElement().satisfies(letter -> {
            assertThat(letter.stage()).isEqualTo(Stages.INTAKE);
            assertThat(letter.channel()).isEqualTo("SOCIAL");
            assertThat(letter.replayedAt()).isNull();
        });
        assertThat(deadLetters.pendingCount()).isEqualTo(1);
    }

    @Test
    void stageReplayLeavesPayloadsToTheirMapperAndCountsAFailedReplayAsAnAttempt() {
        long id = deadLetters.buryPayload("MARKETPLACE", "shop", "shopify-order", "{}", "id: is required");

        int queued = deadLetters.replayAll();
        deadLetters.payloadFailedAgain(id, "id: still required");

        assertThat(queued).isZero();
        assertThat(deadLetters.list(10)).singleElement().satisfies(letter -> {
            assertThat(letter.attempts()).isEqualTo(2);
            assertThat(letter.reason()).isEqualTo("id: still required");
            assertThat(letter.replayedAt()).isNull();
        });
    }

    @Test
    void aReplayedPayloadNoLongerWaits() {
        long id = deadLetters.buryPayload("EMAIL", "support", "email-mime", "Subject: x", "from: is required");

        deadLetters.payloadReplayed(id);

        assertThat(deadLetters.pendingPayloads(null)).isEmpty();
        assertThat(deadLetters.pendingCount()).isZero();
    }
}
