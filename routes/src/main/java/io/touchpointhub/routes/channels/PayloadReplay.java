package io.touchpointhub.routes.channels;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.identity.pipeline.DeadLetters;
import io.touchpointhub.routes.intake.TouchpointIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replays payload dead letters through the mapper of their format, for an operator who fixed the cause
 * (a mapper bug, a missing configuration). A payload that still fails stays a dead letter with the
 * new reason.
 */
@Component
public class PayloadReplay {

    private static final Logger LOG = LoggerFactory.getLogger(PayloadReplay.class);

    private final ChannelIntake channels;
    private final TouchpointIntake intake;
    private final DeadLetters deadLetters;

    PayloadReplay(ChannelIntake channels, TouchpointIntake intake, DeadLetters deadLetters) {
        this.channels = channels;
        this.intake = intake;
        this.deadLetters = deadLetters;
    }

    /**
     * @param id one dead letter, or {@code null} for every payload dead letter waiting
     * @return how many payloads went into the log this time
     */
    public int replay(Long id) {
        int replayed = 0;
        for (DeadLetters.PayloadLetter letter : deadLetters.pendingPayloads(id)) {
            if (!channels.reads(letter.format())) {
                deadLetters.payloadFailedAgain(letter.id(), "no mapper reads format " + letter.format());
                continue;
            }
            try {
                intake.accept(channels.mapper(letter.format()).map(letter.source(), letter.payload()));
            } catch (InvalidTouchpointException e) {
                deadLetters.payloadFailedAgain(letter.id(), e.getMessage());
                LOG.info("Dead letter {} failed its replay again ({})", letter.id(), e.field());
                continue;
            }
            deadLetters.payloadReplayed(letter.id());
            replayed++;
        }
        return replayed;
    }
}
