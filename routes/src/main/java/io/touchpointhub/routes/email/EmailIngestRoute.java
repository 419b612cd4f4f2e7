package io.touchpointhub.routes.email;

import io.touchpointhub.identity.store.SourceCursors;
import java.time.Clock;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One consumer per configured mailbox ({@code email-ingest-<mailbox>}): camel-mail polls the server and
 * each raw message goes through {@link MailboxIngest} into the log. No mailbox configured, no route.
 *
 * <p>camel-mail options, and why: {@code peek=true} so fetching does not mark a message read, only a
 * stored one is; {@code delete} from configuration (false by default: the hub never removes mail);
 * {@code closeFolder} only when deleting or on POP3 (see {@link #closesFolder});
 * {@code mapMailMessage=false} since the route needs the raw bytes, not Camel's parsed body;
 * {@code handleFailedMessage=true} so a message the server fails to deliver is reported and left for
 * the next poll instead of aborting the poll for every other message; {@code fetchSize} bounds one
 * poll. What a poll searches for, and the idempotent repository, are {@link MailboxPolls}'s business.
 * The password is set on the endpoint, never written into its URI.
 */
@Component
class EmailIngestRoute extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(EmailIngestRoute.class);

    private final EmailProperties properties;
    private final MailboxIngest ingest;
    private final SourceCursors cursors;
    private final Clock clock;

    EmailIngestRoute(EmailProperties properties, MailboxIngest ingest, SourceCursors cursors, Clock clock) {
        this.properties = properties;
        this.ingest = ingest;
        this.cursors = cursors;
        this.clock = clock;
    }

    @Override
    public void configure() {
        if (properties.mailboxes().isEmpty()) {
            LOG.info("E-mail channel off: no mailbox configured (hub.email.mailboxes.<name>.host ...)");
            return;
        }
        // a failed message is logged by MailboxIngest and stays on the server: no stack trace per poll
        errorHandler(defaultErrorHandler().logExhausted(false));
        for (Map.Entry<String, EmailProperties.Mailbox> mailbox : properties.mailboxes().entrySet()) {
            String name = mailbox.getKey();
            MailboxPolls polls = new MailboxPolls(name, mailbox.getValue(), cursors, clock);
            from(endpoint(mailbox.getValue(), polls)).routeId("email-ingest-" + name)
                    .process(exchange -> ingest.accept(name, polls, exchange)).id("email-intake-" + name);
        }
        LOG.info("E-mail channel polls {} mailbox(es): {}", properties.mailboxes().size(), properties.mailboxes().keySet());
    }

    private MailEndpoint endpoint(EmailProperties.Mailbox mailbox, MailboxPolls polls) {
        // the username makes the URI, and so the endpoint, unique per account (Camel caches endpoints by URI)
        String uri = "%s://%s:%d?username=RAW(%s)&folderName=RAW(%s)&delay=%d&peek=true&delete=%b&closeFolder=%b"
                .formatted(mailbox.protocol().scheme(), mailbox.host(), mailbox.effectivePort(), mailbox.username(),
                        mailbox.folder(), mailbox.pollInterval().toMillis(), mailbox.delete(), closesFolder(mailbox))
                + "&unseen=%b&mapMailMessage=false&handleFailedMessage=true&fetchSize=%d&connectionTimeout=%d"
                .formatted(!mailbox.protocol().isPop3(), mailbox.fetchSize(), mailbox.timeout().toMillis());
        MailEndpoint endpoint = getCamelContext().getEndpoint(uri, MailEndpoint.class);
        endpoint.getConfiguration().setPassword(mailbox.password());
        endpoint.setPollStrategy(polls);
        endpoint.setExceptionHandler(polls);
        endpoint.setIdempotentRepository(polls.handledMessages());
        endpoint.setIdempotentRepositoryRemoveOnCommit(false); // camel-mail forgets handled ids by default
        return endpoint;
    }

    /**
     * Closing expunges every message flagged deleted, also by people, so an IMAP folder stays open
     * unless the hub deletes; a POP3 session sees no new mail until it is closed, so POP3 always closes.
     */
    private static boolean closesFolder(EmailProperties.Mailbox mailbox) {
        return mailbox.delete() || mailbox.protocol().isPop3();
    }
}
