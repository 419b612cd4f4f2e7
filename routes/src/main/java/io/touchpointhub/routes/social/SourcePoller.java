package io.touchpointhub.routes.social;

import io.touchpointhub.connectors.ConnectorException;
import io.touchpointhub.connectors.social.BackendUnavailableException;
import io.touchpointhub.connectors.social.CursorStore;
import io.touchpointhub.connectors.social.PollResult;
import io.touchpointhub.connectors.social.RateLimitedException;
import io.touchpointhub.connectors.social.SocialPoller;
import io.touchpointhub.connectors.social.SocialStream;
import io.touchpointhub.identity.store.SourceCursors;
import io.touchpointhub.model.Channel;
import io.touchpointhub.routes.channels.ChannelIntake;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every stream of one configured social source once per tick of its route. Each item goes
 * through {@link ChannelIntake} (stored, or kept as a dead letter when it cannot be mapped); cursors are
 * kept per stream in {@link SourceCursors}. A platform problem ends the poll of that stream (and, when
 * the whole backend is unavailable or rate-limited, of the source) until the next tick, logged once per
 * change of problem rather than every tick; storage failures propagate to the route, before any cursor
 * moves past what was not stored.
 */
final class SourcePoller {

    private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);

    private final String routeId;
    private final String source;
    private final String format;
    private final List<SocialStream> streams;
    private final SocialPoller poller;
    private final Duration interval;
    private final ChannelIntake intake;
    private final SourceCursors cursors;
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    SourcePoller(String routeId, String source, String format, List<SocialStream> streams, SocialPoller poller,
                 Duration interval, ChannelIntake intake, SourceCursors cursors) {
        this.routeId = routeId;
        this.source = source;
        this.format = format;
        this.streams = List.copyOf(streams);
        this.poller = poller;
        this.interval = interval;
        this.intake = intake;
        this.cursors = cursors;
    }

    String routeId() {
        return routeId;
    }

    Duration interval() {
        return interval;
    }

    /** One poll of every stream; returns how many items were handed to intake. */
    public int pollOnce() {
        int payloads = 0;
        for (SocialStream stream : streams) {
            try {
                PollResult result = poller.poll(stream, cursorsOf(), payload -> intake.accept(Channel.SOCIAL, source, format, payload));
                payloads += result.payloads();
                recovered(stream);
                LOG.debug("Source {} stream {}: {} items in {} pages, {}", source, stream.id(), result.payloads(),
                        result.pages(), result.state());
            } catch (BackendUnavailableException | RateLimitedException e) {
                problem(stream, e);
                break;
            } catch (ConnectorException e) {
                problem(stream, e);
            }
        }
        return payloads;
    }

    private CursorStore cursorsOf() {
        return new CursorStore() {
            @Override
            public Optional<String> load(String stream) {
                return cursors.position(Channel.SOCIAL, source, stream);
            }

            @Override
            public void save(String stream, String position) {
                cursors.save(Channel.SOCIAL, source, stream, position);
            }
        };
    }

    /** Messages name the call and status, never content; repeated alike, they are logged at debug only. */
    private void problem(SocialStream stream, ConnectorException e) {
        String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (!problem.equals(problems.put(stream.id(), problem))) {
            LOG.warn("Source {} stream {} not polled: {}", source, stream.id(), problem);
        } else {
            LOG.debug("Source {} stream {} still not polled: {}", source, stream.id(), problem);
        }
    }

    private void recovered(SocialStream stream) {
        if (problems.remove(stream.id()) != null) {
            LOG.info("Source {} stream {} polled again", source, stream.id());
        }
    }
}
