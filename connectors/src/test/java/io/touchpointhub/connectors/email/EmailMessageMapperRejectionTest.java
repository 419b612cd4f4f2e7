package io.touchpointhub.connectors.email;

import static io.touchpointhub.connectors.email.EmailSamples.MAILBOX;
import static io.touchpointhub.connectors.email.EmailSamples.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Touchpoint;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Messages that cannot become touchpoints, messages without ids or dates, and the payload form. */
class EmailMessageMapperRejectionTest {

    private final EmailMessageMapper mapper = EmailSamples.mapper();

    @Test
    void rejectsMultipartWhoseBoundaryNeverOccursNamingTheBodyNotItsContent() {
        assertThatThrownBy(() -> mapper.map(MAILBOX, payload("malformed.eml")))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.getMessage()).doesNotContain("never-used", "broken@example.net");
                });
    }

    @Test
    void rejectsMessageWithoutSenderAddress() {
        assertThatThrownBy(() -> mapper.map(MAILBOX, payload("no-sender.eml")))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> assertThat(e.field()).isEqualTo("From"));
    }

    @Test
    void rejectsTextThatIsNoMessageAtAll() {
        assertThatThrownBy(() -> mapper.map(MAILBOX, "just some words, no headers"))
                .isInstanceOf(InvalidTouchpointException.class);
        assertThatThrownBy(() -> mapper.map(MAILBOX, " "))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> assertThat(e.field()).isEqualTo("payload"));
    }

    @Test
    void rejectsPayloadThatWasDecodedAsTextInsteadOfKeptAsBytes() {
        String decoded = new String(EmailSamples.bytes("big5.eml"), StandardCharsets.ISO_8859_1) + "\u4e2d";

        assertThatThrownBy(() -> mapper.map(MAILBOX, decoded))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> assertThat(e.field()).isEqualTo("payload"));
    }

    @Test
    void rejectsMessageIdLongerThanAHeaderLine() {
        String longId = payload("big5.eml").replace("<big5-0304@mail.example.tw>", "<" + "x".repeat(1000) + "@a.tw>");

        assertThatThrownBy(() -> mapper.map(MAILBOX, longId))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> assertThat(e.field()).isEqualTo("Message-ID"));
    }

    @Test
    void dropsNulAndOtherControlCharactersThatTheLogCouldNotStore() {
        byte[] raw = ("From: Null\u0000Name <nul@example.com>\r\nSubject: a\u0007b\r\nMessage-ID: <n\u0000ul@example.com>\r\n"
                + "\r\nbody\u0000text\r\n").getBytes(StandardCharsets.ISO_8859_1);

        Touchpoint touchpoint = mapper.map(MAILBOX, EmailPayload.of(raw)).get(0);

        assertThat(touchpoint.key().externalId()).isEqualTo("<nul@example.com>");
        assertThat(touchpoint.traits()).containsEntry("name", "NullName");
        assertThat(touchpoint.properties()).containsEntry("subject", "ab");
        assertThat(touchpoint.text()).isEqualTo("bodytext");
    }

    @Test
    void derivesTheSameMessageIdEachTimeForMessageWithoutOne() {
        String withoutId = payload("alternative.eml").replace("Message-ID: <alt-0306@mail.example.com>\r\n", "");
        EmailMessageMapper later = new EmailMessageMapper(Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC));

        Touchpoint first = mapper.map(MAILBOX, withoutId).get(0);
        Touchpoint again = later.map(MAILBOX, withoutId).get(0);

        assertThat(first.key()).isEqualTo(again.key());
        assertThat(first.key().externalId()).matches("<[0-9a-f]{32}@derived\\.touchpointhub\\.invalid>");
        assertThat(first.properties()).containsEntry("messageIdDerived", true)
                .containsEntry("threadId", first.key().externalId());
        assertThat(mapper.map(MAILBOX, withoutId.replace("Thank you!", "Thanks!")).get(0).key())
                .isNotEqualTo(first.key());
    }

    @Test
    void datesMessageByItsReceivedHeaderWhenDateIsMissingOrUnreadable() {
        String noDate = payload("gbk-plain.eml").replace("Date: Tue, 3 Mar 2026 09:15:00 +0800", "Date: someday");

        assertThat(mapper.map(MAILBOX, noDate).get(0).occurredAt()).isEqualTo(Instant.parse("2026-03-03T01:15:02Z"));
    }

    @Test
    void datesMessageWhenReceivedWhenItCarriesNoDateAtAll() {
        String noDate = payload("big5.eml").replace("Date: Wed, 4 Mar 2026 14:30:00 +0800\r\n", "");

        assertThat(mapper.map(MAILBOX, noDate).get(0).occurredAt()).isEqualTo(EmailSamples.NOW);
    }

    @Test
    void keepsEveryByteOfThePayloadIncludingNul() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }

        String payload = EmailPayload.of(all);

        assertThat(EmailPayload.bytes(payload)).isEqualTo(all);
        assertThat(payload).doesNotContain("\u0000");
    }

    @Test
    void readsRawUtf8HeadersThatSomeClientsSendUnencoded() {
        byte[] raw = ("From: Jörg Müller <joerg@example.de>\r\nSubject: Grüße aus Köln\r\n"
                + "Message-ID: <utf8-raw@example.de>\r\n\r\nHallo!\r\n").getBytes(StandardCharsets.UTF_8);

        Touchpoint touchpoint = mapper.map(MAILBOX, EmailPayload.of(raw)).get(0);

        assertThat(touchpoint.properties()).containsEntry("subject", "Grüße aus Köln");
        assertThat(touchpoint.traits()).containsEntry("name", "Jörg Müller");
        assertThat(touchpoint.text()).isEqualTo("Hallo!");
    }
}
