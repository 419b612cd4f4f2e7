package io.touchpointhub.routes.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.touchpointhub.identity.store.SourceCursors;
import io.touchpointhub.model.Channel;
import jakarta.mail.Flags;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.ReceivedDateTerm;
import jakarta.mail.search.SearchTerm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.camel.component.mail.MailEndpoint;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What each poll asks the server for, and when the catch-up cursor may move. */
class MailboxPollsTest {

    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    private final SourceCursors cursors = mock(SourceCursors.class);
    private final MailEndpoint endpoint = mock(MailEndpoint.class);
    private final MutableClock clock = new MutableClock();

    @Test
    void firstPollCatchesUpOnReadMessagesOfTheBackfillPeriodAndSavesItsStartAsCursor() {
        MailboxPolls polls = polls(mailbox("imaps", false));

        SearchTerm term = poll(polls, 3);

        assertThat(since(term)).isEqualTo(NOW.minus(Duration.ofDays(7)).minus(Duration.ofDays(1)));
        verify(cursors).save(Channel.EMAIL, "support", "INBOX", NOW.toString());
    }

    @Test
    void pollsBetweenCatchUpsAskOnlyForUnreadMessages() {
        MailboxPolls polls = polls(mailbox("imaps", false));
        poll(polls, 0);
        clock.advance(Duration.ofMinutes(1));

        SearchTerm term = poll(polls, 0);

        assertThat(term).isInstanceOf(FlagTerm.class);
        assertThat(((FlagTerm) term).getFlags().contains(Flags.Flag.SEEN)).isTrue();
        assertThat(((FlagTerm) term).getTestSet()).isFalse();
    }

    @Test
    void catchUpStartsADayBeforeTheLastCompleteCatchUp() {
        when(cursors.position(Channel.EMAIL, "support", "INBOX")).thenReturn(Optional.of("2026-03-19T08:00:00Z"));

        SearchTerm term = poll(polls(mailbox("imaps", false)), 0);

        assertThat(since(term)).isEqualTo(Instant.parse("2026-03-18T08:00:00Z"));
    }

    @Test
    void keepsCursorAndCatchesUpAgainWhenAMessageCouldNotBeStored() {
        MailboxPolls polls = polls(mailbox("imaps", false));
        polls.begin(null, endpoint);
        polls.exchangeFailed();
        polls.commit(null, endpoint, 1);
        clock.advance(Duration.ofSeconds(1));

        SearchTerm next = poll(polls, 0);

        assertThat(next).isInstanceOf(OrTerm.class);
        verify(cursors).save(eq(Channel.EMAIL), eq("support"), eq("INBOX"), eq(NOW.plusSeconds(1).toString()));
    }

    @Test
    void keepsCursorWhenAPollReachedFetchSizeAndMayHaveLeftMessages() {
        MailboxPolls polls = polls(mailbox("imaps", false));

        poll(polls, 100);

        verify(cursors, never()).save(any(), anyString(), anyString(), anyString());
    }

    @Test
    void keepsCursorWhenTheConsumerReportedAFailure() {
        MailboxPolls polls = polls(mailbox("imaps", false));
        polls.begin(null, endpoint);

        polls.handleException("cannot fetch", new jakarta.mail.MessagingException("server said no"));
        polls.commit(null, endpoint, 0);

        verify(cursors, never()).save(any(), anyString(), anyString(), anyString());
    }

    @Test
    void unseenOnlyMailboxNeverCatchesUpAndPop3SearchesNothing() {
        assertThat(poll(polls(mailbox("imaps", true)), 0)).isInstanceOf(FlagTerm.class);
        assertThat(poll(polls(mailbox("pop3s", false)), 0)).isNull();
        verify(cursors, never()).save(any(), anyString(), anyString(), anyString());
    }

    private SearchTerm poll(MailboxPolls polls, int polledMessages) {
        polls.begin(null, endpoint);
        polls.commit(null, endpoint, polledMessages);
        ArgumentCaptor<SearchTerm> term = ArgumentCaptor.forClass(SearchTerm.class);
        verify(endpoint, org.mockito.Mockito.atLeastOnce()).setSearchTerm(term.capture());
        return term.getValue();
    }

    private static Instant since(SearchTerm term) {
        assertThat(term).isInstanceOf(OrTerm.class);
        return ((ReceivedDateTerm) ((OrTerm) term).getTerms()[1]).getDate().toInstant();
    }

    private MailboxPolls polls(EmailProperties.Mailbox mailbox) {
        return new MailboxPolls("support", mailbox, cursors, clock);
    }

    private static EmailProperties.Mailbox mailbox(String protocol, boolean unseenOnly) {
        return new EmailProperties.Mailbox("imap.acme.test", null, EmailProperties.Protocol.valueOf(protocol.toUpperCase()),
                "support@acme.test", "secret", "INBOX", Duration.ofMinutes(1), false, unseenOnly,
                Duration.ofMinutes(15), Duration.ofDays(7), 100, Duration.ofSeconds(30));
    }

    private static final class MutableClock extends Clock {
        private Instant now = NOW;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
