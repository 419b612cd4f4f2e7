package io.touchpointhub.routes.email;

import io.touchpointhub.identity.store.SourceCursors;
import io.touchpointhub.model.Channel;
import jakarta.mail.Flags;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.ReceivedDateTerm;
import jakarta.mail.search.SearchTerm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what each poll of one mailbox asks the server for, so that a poll is cheap and no message
 * is ever missed, whether or not someone reads it first.
 *
 * <p>Most polls ask for unread messages only ({@code UNSEEN}, answered by the server's index):
 * camel-mail reads with {@code peek}, so fetching does not mark a message read, and marks it read only
 * once the route stored it (or kept it as a dead letter). Unread alone is not enough: a person may read
 * a message in a mail client before the hub polls. So every {@code catch-up-interval} a poll asks for
 * {@code UNSEEN OR SINCE <day before the last complete catch-up>}; the start of a catch-up is saved
 * as the mailbox's cursor (in {@link SourceCursors}, surviving restarts) only when it read every
 * message it found without any failure, so consecutive catch-up windows overlap and cover all mail.
 * Messages already handled by this instance are skipped by their {@code Message-ID} before their
 * bodies are downloaded (an in-memory idempotent repository, forgotten after any failure); those
 * downloaded again after a restart are stored once anyway, by their touchpoint key.
 *
 * <p>Also the consumer's exception handler: a poll that failed (server down, a message the server
 * could not deliver) is logged by mailbox and exception class only, and does not advance the cursor.
 */
final class MailboxPolls implements PollingConsumerPollStrategy, ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxPolls.class);
    /** IMAP SINCE compares dates in the server's time zone: a day of overlap covers any zone. */
    private static final Duration ZONE_MARGIN = Duration.ofDays(1);
    private static final int REMEMBERED_MESSAGES = 10_000;

    private final String mailbox;
    private final EmailProperties.Mailbox config;
    private final SourceCursors cursors;
    private final Clock clock;
    private final IdempotentRepository handled = MemoryIdempotentRepository.memoryIdempotentRepository(REMEMBERED_MESSAGES);
    private final AtomicBoolean failed = new AtomicBoolean();
    private volatile Instant pollStart;
    private volatile boolean catchingUp;
    private volatile Instant lastCatchUp;

    MailboxPolls(String mailbox, EmailProperties.Mailbox config, SourceCursors cursors, Clock clock) {
        this.mailbox = mailbox;
        this.config = config;
        this.cursors = cursors;
        this.clock = clock;
    }

    /** Message-IDs this instance already handled, so catch-up polls skip them before downloading. */
    IdempotentRepository handledMessages() {
        return handled;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        pollStart = clock.instant();
        failed.set(false);
        catchingUp = config.catchesUp()
                && (lastCatchUp == null || !pollStart.isBefore(lastCatchUp.plus(config.catchUpInterval())));
        ((MailEndpoint) endpoint).setSearchTerm(searchTerm());
        return true;
    }

    /** What this poll asks for; {@code null} (every message) for POP3, which has no search nor flags. */
    SearchTerm searchTerm() {
        if (config.protocol().isPop3()) {
            return null;
        }
        SearchTerm unseen = new FlagTerm(new Flags(Flags.Flag.SEEN), false);
        if (!catchingUp) {
            return unseen;
        }
        Instant since = cursors.position(Channel.EMAIL, mailbox, config.folder()).map(Instant::parse)
                .orElseGet(() -> pollStart.minus(config.backfill()));
        return new OrTerm(unseen, new ReceivedDateTerm(ComparisonTerm.GE, Date.from(since.minus(ZONE_MARGIN))));
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        boolean complete = !failed.get() && polledMessages < config.fetchSize();
        if (catchingUp && complete) {
            cursors.save(Channel.EMAIL, mailbox, config.folder(), pollStart.toString());
            lastCatchUp = pollStart;
        }
        if (polledMessages > 0) {
            LOG.debug("Mailbox {}: {} message(s) read{}", mailbox, polledMessages, catchingUp ? " (catch-up)" : "");
        }
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        markFailed();
        return false; // the next scheduled poll tries again; its exception handler logs the cause
    }

    /** A message could not be stored: it stays unread on the server, and the cursor stays where it is. */
    void exchangeFailed() {
        markFailed();
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        markFailed();
        // camel-mail's messages and causes may quote server answers about a message: class only
        LOG.warn("Mailbox {}: polling failed ({}); unread messages stay on the server for the next poll",
                mailbox, exception == null ? "unknown" : exception.getClass().getName());
    }

    private void markFailed() {
        failed.set(true);
        handled.clear(); // whatever was skipped as handled is looked at again
    }
}
