package io.touchpointhub.routes.templates;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.touchpointhub.connectors.ConnectorException;
import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.TransientConnectorException;
import io.touchpointhub.connectors.generic.JsonApiPoller;
import io.touchpointhub.identity.store.SourceCursors;
import io.touchpointhub.model.Channel;
import io.touchpointhub.routes.channels.ChannelIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of a templated JSON API channel: fetch what is newer than the stored cursor, ingest every
 * item (a bad item becomes a dead letter, the others go on), then store the new cursor. The cursor is
 * saved only after the items are committed, so a crash in between fetches them again and the log's
 * idempotency keeps them once.
 */
public class JsonApiPollTask {

    private static final Logger LOG = LoggerFactory.getLogger(JsonApiPollTask.class);
    static final String STREAM = "poll";

    private final Channel channel;
    private final String source;
    private final String itemFormat;
    private final String pageFormat;
    private final JsonApiPoller poller;
    private final CircuitBreaker breaker;
    private final ChannelIntake intake;
    private final SourceCursors cursors;
    private int lastRejectedPage;
    /** The last problem reported, so that a channel failing the same way is logged once, not every poll. */
    private String lastProblem;

    JsonApiPollTask(Channel channel, String source, String itemFormat, String pageFormat, JsonApiPoller poller,
                    CircuitBreaker breaker, ChannelIntake intake, SourceCursors cursors) {
        this.channel = channel;
        this.source = source;
        this.itemFormat = itemFormat;
        this.pageFormat = pageFormat;
        this.poller = poller;
        this.breaker = breaker;
        this.intake = intake;
        this.cursors = cursors;
    }

    /** Called by the template's timer; never throws for remote trouble, which the next poll retries. */
    public synchronized void pollOnce() {
        String cursor = cursors.position(channel, source, STREAM).orElse(null);
        String body;
        try {
            body = breaker.executeSupplier(() -> poller.fetch(cursor));
        } catch (CallNotPermittedException e) {
            LOG.debug("Channel {} is paused by its circuit breaker", source);
            return;
        } catch (TransientConnectorException e) {
            report("poll failed, retrying on the next poll: " + e.getMessage());
            return;
        } catch (ConnectorException e) {
            report("poll refused; check its configuration: " + e.getMessage());
            return;
        }
        if (lastProblem != null) {
            LOG.info("Channel {} answers again", source);
            lastProblem = null;
        }
        JsonApiPoller.Page page;
        try {
            page = poller.page(body, cursor);
        } catch (InvalidTouchpointException e) {
            keepRejectedPage(body);
            return;
        }
        int stored = 0;
        int dead = 0;
        for (String item : page.items()) {
            ChannelIntake.Outcome outcome = intake.accept(channel, source, itemFormat, item);
            stored += outcome.touchpoints();
            dead += outcome.deadLettered() ? 1 : 0;
        }
        if (page.cursor() != null && !page.cursor().equals(cursor)) {
            cursors.save(channel, source, STREAM, page.cursor());
        }
        LOG.debug("Channel {} polled: {} items, {} touchpoints, {} dead letters", source, page.items().size(),
                stored, dead);
    }

    private void report(String problem) {
        if (!problem.equals(lastProblem)) {
            LOG.warn("Channel {} {}", source, problem);
            lastProblem = problem;
        } else {
            LOG.debug("Channel {} {}", source, problem);
        }
    }

    /*
     * The cursor stays where it was, so the next poll asks again; the same broken page is kept once, not
     * once per poll.
     */
    private void keepRejectedPage(String body) {
        if (body.hashCode() != lastRejectedPage) {
            lastRejectedPage = body.hashCode();
            intake.accept(channel, source, pageFormat, body);
        } else {
            LOG.debug("Channel {} answered the same unreadable page again", source);
        }
    }
}
