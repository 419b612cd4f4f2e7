package io.touchpointhub.routes.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.touchpointhub.connectors.email.EmailPayload;
import io.touchpointhub.identity.store.SourceCursors;
import io.touchpointhub.model.Channel;
import io.touchpointhub.routes.channels.ChannelIntake;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The handover from camel-mail to intake: raw bytes in, and a storage failure thrown back so that
 * camel-mail leaves the message unread on the server (and the catch-up cursor stays put).
 */
class MailboxIngestTest {

    private static final byte[] RAW = "From: a@example.com\r\nSubject: Gr\u00fc\u00dfe\r\n\r\nBig5 \u00a6\u00ac\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    private final ChannelIntake channels = mock(ChannelIntake.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SourceCursors cursors = mock(SourceCursors.class);
    private final MailboxPolls polls = new MailboxPolls("support", mailbox(), cursors, Clock.systemUTC());
    private final MailboxIngest ingest = new MailboxIngest(channels, meters);

    @Test
    void handsTheRawBytesOverAsEmailMimePayload() throws Exception {
        when(channels.accept(eq(Channel.EMAIL), eq("support"), eq("email-mime"), anyString()))
                .thenReturn(new ChannelIntake.Outcome(1, null, null));

        ingest.accept("support", polls, exchange());

        verify(channels).accept(Channel.EMAIL, "support", "email-mime", EmailPayload.of(RAW));
        assertThat(meters.counter("hub.email.messages", "mailbox", "support", "outcome", "stored").count()).isEqualTo(1);
    }

    @Test
    void throwsStorageFailureBackSoTheMessageStaysAndTheCursorDoesNotMove() throws Exception {
        when(channels.accept(any(), anyString(), anyString(), anyString()))
                .thenThrow(new DataAccessResourceFailureException("database down"));
        polls.begin(null, mock(MailEndpoint.class));

        assertThatThrownBy(() -> ingest.accept("support", polls, exchange()))
                .isInstanceOf(DataAccessResourceFailureException.class);
        polls.commit(null, null, 1);

        verify(cursors, never()).save(any(), anyString(), anyString(), anyString());
        assertThat(meters.counter("hub.email.messages", "mailbox", "support", "outcome", "failed").count()).isEqualTo(1);
    }

    @Test
    void returnsNormallyForAMessageKeptAsDeadLetterSoItIsNotReadAgain() throws Exception {
        when(channels.accept(any(), anyString(), anyString(), anyString()))
                .thenReturn(new ChannelIntake.Outcome(0, 7L, "body: must be a readable MIME structure"));
        polls.begin(null, mock(MailEndpoint.class));

        ingest.accept("support", polls, exchange());
        polls.commit(null, null, 1);

        verify(cursors).save(eq(Channel.EMAIL), eq("support"), eq("INBOX"), anyString());
    }

    private static Exchange exchange() throws Exception {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(RAW));
        exchange.setIn(new MailMessage(exchange, message, false));
        return exchange;
    }

    private static EmailProperties.Mailbox mailbox() {
        return new EmailProperties.Mailbox("imap.acme.test", null, EmailProperties.Protocol.IMAPS, "support@acme.test",
                "secret", "INBOX", Duration.ofMinutes(1), false, false, Duration.ofMinutes(15), Duration.ofDays(7), 100,
                Duration.ofSeconds(30));
    }
}
