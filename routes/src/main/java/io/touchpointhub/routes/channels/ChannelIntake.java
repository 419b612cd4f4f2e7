package io.touchpointhub.routes.channels;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.PayloadMapper;
import io.touchpointhub.identity.pipeline.DeadLetters;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.routes.intake.TouchpointIntake;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The way in for every channel other than the collection API: a payload goes through the mapper of
 * its format and its touchpoints are committed to the log before this returns. A payload the mapper
 * rejects is kept verbatim as a dead letter with the reason, so a poison message never stops a route
 * and is never silently dropped. Storage failures propagate: the caller must not acknowledge (or
 * advance its cursor past) a payload that was neither stored nor dead-lettered.
 */
@Component
public class ChannelIntake {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelIntake.class);

    private final Map<String, PayloadMapper> mappers;
    private final TouchpointIntake intake;
    private final DeadLetters deadLetters;

    ChannelIntake(List<PayloadMapper> mappers, TouchpointIntake intake, DeadLetters deadLetters) {
        this.mappers = new ConcurrentHashMap<>();
        mappers.forEach(this::register);
        this.intake = intake;
        this.deadLetters = deadLetters;
    }

    /**
     * Maps and stores one payload.
     *
     * @return what happened to it: how many touchpoints it gave, or the dead letter it became
     * @throws IllegalArgumentException when no mapper reads {@code format} (a wiring mistake, not input)
     */
    public Outcome accept(Channel channel, String source, String format, String payload) {
        List<Touchpoint> touchpoints;
        try {
            touchpoints = mapper(format).map(source, payload);
        } catch (InvalidTouchpointException e) {
            long id = deadLetters.buryPayload(channel.name(), source, format, payload, e.getMessage());
            LOG.warn("A {} payload from {} could not be mapped ({}); dead letter {}", format, source, e.field(), id);
            return Outcome.deadLettered(id, e.getMessage());
        }
        intake.accept(touchpoints);
        return Outcome.stored(touchpoints.size());
    }

    /**
     * Adds a mapper that is not a Spring bean: one built from configuration, such as a channel made from
     * a route template. Registering a format again replaces its mapper (a reloaded route).
     *
     * @throws IllegalStateException when a bean mapper already reads the format
     */
    public void register(PayloadMapper mapper) {
        PayloadMapper previous = mappers.put(mapper.format(), mapper);
        if (previous != null && previous.getClass() != mapper.getClass()) {
            mappers.put(mapper.format(), previous);
            throw new IllegalStateException("Payload format " + mapper.format() + " is already read by "
                    + previous.getClass().getSimpleName());
        }
    }

    /** Whether a mapper for {@code format} is registered. */
    public boolean reads(String format) {
        return mappers.containsKey(format);
    }

    PayloadMapper mapper(String format) {
        PayloadMapper mapper = mappers.get(format);
        if (mapper == null) {
            throw new IllegalArgumentException("No payload mapper for format " + format);
        }
        return mapper;
    }

    /**
     * @param touchpoints  touchpoints the payload gave (0 when dead-lettered)
     * @param deadLetterId the dead letter's id when the payload was rejected, else {@code null}
     * @param reason       why it was rejected (field and rule), else {@code null}
     */
    public record Outcome(int touchpoints, Long deadLetterId, String reason) {

        static Outcome stored(int touchpoints) {
            return new Outcome(touchpoints, null, null);
        }

        static Outcome deadLettered(long id, String reason) {
            return new Outcome(0, id, reason);
        }

        public boolean deadLettered() {
            return deadLetterId != null;
        }
    }
}
