package io.touchpointhub.connectors.email;

import static io.touchpointhub.connectors.email.EmailSamples.MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Touchpoint;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever bytes arrive, the mapper gives a touchpoint or an {@link InvalidTouchpointException} (a
 * dead letter), never another exception, which the route would take for a storage failure and retry
 * on every poll.
 */
class EmailMessageMapperRobustnessTest {

    private static final List<String> SAMPLES = List.of("gbk-plain.eml", "big5.eml", "html-newsletter.eml",
            "alternative.eml", "attachment.eml", "reply.eml", "malformed.eml", "no-sender.eml");

    private final EmailMessageMapper mapper = EmailSamples.mapper();

    @Test
    void answersTruncatedAndCorruptedSamplesWithTouchpointOrInvalidTouchpoint() {
        Random random = new Random(20260320L);
        for (int round = 0; round < 400; round++) {
            byte[] sample = EmailSamples.bytes(SAMPLES.get(random.nextInt(SAMPLES.size())));
            byte[] damaged = Arrays.copyOf(sample, 1 + random.nextInt(sample.length));
            for (int flips = random.nextInt(8); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            mapOrReject(damaged, round);
        }
    }

    @Test
    void answersRandomBytesWithTouchpointOrInvalidTouchpoint() {
        Random random = new Random(42L);
        for (int round = 0; round < 200; round++) {
            byte[] junk = new byte[1 + random.nextInt(2048)];
            random.nextBytes(junk);
            mapOrReject(junk, round);
        }
    }

    private void mapOrReject(byte[] raw, int round) {
        try {
            List<Touchpoint> touchpoints = mapper.map(MAILBOX, EmailPayload.of(raw));
            assertThat(touchpoints).hasSize(1);
            Touchpoint touchpoint = touchpoints.get(0);
            assertThat(touchpoint.text() + touchpoint.properties() + touchpoint.traits() + touchpoint.identifiers()
                    + touchpoint.key()).as("round %d", round).doesNotContain("\u0000");
        } catch (InvalidTouchpointException expected) {
            // a dead letter: fine
        } catch (RuntimeException e) {
            fail("round " + round + " threw " + e, e);
        }
    }
}
