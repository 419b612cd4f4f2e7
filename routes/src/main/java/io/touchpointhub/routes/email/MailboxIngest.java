package io.touchpointhub.routes.email;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.touchpointhub.connectors.email.EmailMessageMapper;
import io.touchpointhub.connectors.email.EmailPayload;
import io.touchpointhub.model.Channel;
import io.touchpointhub.routes.channels.ChannelIntake;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands one polled message to {@link ChannelIntake}: its raw bytes, exactly as the server holds them,
 * as an {@code email-mime} payload ({@link EmailPayload}). Returns normally once the message is in the
 * log or kept as a dead letter, which lets camel-mail mark it read; throws when it could not be
 * stored, so that camel-mail leaves it unread on the server for the next poll.
 */
@Component
class MailboxIngest {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxIngest.class);

    private final ChannelIntake channels;
    private final MeterRegistry meters;

    MailboxIngest(ChannelIntake channels, MeterRegistry meters) {
        this.channels = channels;
        this.meters = meters;
    }

    void accept(String mailbox, MailboxPolls polls, Exchange exchange) throws MessagingException, IOException {
        try {
            byte[] raw = rawMessage(exchange.getIn(MailMessage.class).getOriginalMessage());
            ChannelIntake.Outcome outcome = channels.accept(Channel.EMAIL, mailbox, EmailMessageMapper.FORMAT,
                    EmailPayload.of(raw));
            count(mailbox, outcome.deadLettered() ? "dead-lettered" : "stored");
        } catch (MessagingException | IOException | RuntimeException e) {
            polls.exchangeFailed();
            count(mailbox, "failed");
            LOG.warn("Mailbox {}: a message could not be stored ({}); it stays unread on the server for the next poll",
                    mailbox, e.getClass().getName());
            throw e;
        }
    }

    /** The whole message as the server sends it (IMAP {@code BODY.PEEK[]}: fetching leaves it unread). */
    private static byte[] rawMessage(Message message) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        message.writeTo(raw);
        return raw.toByteArray();
    }

    private void count(String mailbox, String outcome) {
        Counter.builder("hub.email.messages").tag("mailbox", mailbox).tag("outcome", outcome)
                .description("Messages read from a mailbox, by what became of them").register(meters).increment();
    }
}
