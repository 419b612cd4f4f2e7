package io.touchpointhub.connectors.email;

import static io.touchpointhub.connectors.email.EmailSamples.MAILBOX;
import static io.touchpointhub.connectors.email.EmailSamples.NOW;
import static io.touchpointhub.connectors.email.EmailSamples.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real-world messages: charsets, encoded words, the parts of a MIME body, and what becomes of each. */
class EmailMessageMapperTest {

    private final EmailMessageMapper mapper = EmailSamples.mapper();

    @Test
    void readsGbkMessageWhoseSubjectIsLabelledGb2312ButHoldsGbkOnlyCharacters() {
        Touchpoint touchpoint = map("gbk-plain.eml");

        assertThat(touchpoint.key()).isEqualTo(
                new TouchpointKey(Channel.EMAIL, MAILBOX, "<20260303091500.GBK1@mail.example.cn>"));
        assertThat(touchpoint.type()).isEqualTo("email");
        assertThat(touchpoint.name()).isNull();
        assertThat(touchpoint.properties()).containsEntry("subject", "关于订单的问题：王堃的退款")
                .containsEntry("to", List.of("support@acme.test"))
                .containsEntry("bodyContentType", "text/plain");
        assertThat(touchpoint.identifiers()).containsExactly(Identifier.of(IdentifierType.EMAIL, "zhang.zhe@example.cn"));
        assertThat(touchpoint.traits()).containsExactly(Map.entry("name", "张喆"));
        assertThat(touchpoint.text()).isEqualTo("您好，\n\n我的订单 A-1024 已经两周没有发货，请尽快处理退款。\n\n张喆");
        assertThat(touchpoint.occurredAt()).isEqualTo(Instant.parse("2026-03-03T01:15:00Z"));
        assertThat(touchpoint.receivedAt()).isEqualTo(NOW);
        assertThat(touchpoint.context()).containsExactly(Map.entry("userAgent", "Foxmail 7.2"));
    }

    @Test
    void readsBig5EncodedWordsInSubjectAndNamesAndRawEightBitBig5Body() {
        Touchpoint touchpoint = map("big5.eml");

        assertThat(touchpoint.properties()).containsEntry("subject", "產品品質很好 謝謝")
                .containsEntry("to", List.of("support@acme.test"));
        assertThat(touchpoint.traits()).containsExactly(Map.entry("name", "林美玲"));
        assertThat(touchpoint.identifiers()).containsExactly(Identifier.of(IdentifierType.EMAIL, "lin.mei@example.tw"));
        assertThat(touchpoint.text()).isEqualTo("收到商品了，品質很好，包裝也很細心。謝謝你們的服務！\n\n林美玲");
    }

    @Test
    void turnsHtmlOnlyNewsletterIntoVisibleTextWithoutScriptsStylesOrHiddenPreheader() {
        Touchpoint touchpoint = map("html-newsletter.eml");

        assertThat(touchpoint.text()).isEqualTo("""
                Spring sale at Acme

                Dear customer,
                our spring sale starts today.

                Garden chairs – 20% off
                Parasols – 30% off

                Visit our shop before 31 March.""");
        assertThat(touchpoint.text()).doesNotContain("trackOpen", "font-family", "tracking pixel", "preheader",
                "Acme Weekly", "Enable JavaScript");
        assertThat(touchpoint.properties()).containsEntry("bodyContentType", "text/html");
    }

    @Test
    void prefersPlainTextAlternativeAndKeepsRecipientsAsPropertiesNotIdentifiers() {
        Touchpoint touchpoint = map("alternative.eml");

        assertThat(touchpoint.text()).isEqualTo("Hello,\nmy café order arrived today. Thank you!\nJane");
        assertThat(touchpoint.properties()).containsEntry("subject", "Café order ✔ delivered")
                .containsEntry("to", List.of("support@acme.test", "sales@acme.test"))
                .containsEntry("cc", List.of("joerg@example.de"))
                .containsEntry("bodyContentType", "text/plain");
        assertThat(touchpoint.identifiers()).containsExactly(Identifier.of(IdentifierType.EMAIL, "Jane.Doe@Example.com"));
        assertThat(touchpoint.traits()).containsExactly(Map.entry("name", "Doe, Jane"));
        assertThat(touchpoint.occurredAt()).isEqualTo(Instant.parse("2026-03-06T09:00:00Z"));
    }

    @Test
    void recordsAttachmentsByNameTypeAndDecodedSizeButNeverTheirContent() {
        Touchpoint touchpoint = map("attachment.eml");

        assertThat(touchpoint.text()).isEqualTo("Please find the invoice for order 77 attached.");
        assertThat(touchpoint.properties().get("attachments")).isEqualTo(List.of(
                Map.of("name", "Rechnung März.pdf", "contentType", "application/pdf", "size", 2064L),
                Map.of("name", "notes.txt", "contentType", "text/plain", "size", 66L)));
        assertThat(touchpoint.toString() + touchpoint.properties() + touchpoint.text())
                .doesNotContain("SECRET ATTACHMENT TEXT");
    }

    @Test
    void threadsReplyByReferencesAndCutsQuotedHistoryFromText() {
        Touchpoint touchpoint = map("reply.eml");

        assertThat(touchpoint.properties())
                .containsEntry("messageId", "<reply-3@mail.example.com>")
                .containsEntry("threadId", "<ticket-4711-1@mail.example.com>")
                .containsEntry("inReplyTo", "<ticket-4711-2@acme.test>")
                .containsEntry("references", List.of("<ticket-4711-1@mail.example.com>", "<ticket-4711-2@acme.test>"))
                .containsEntry("quotedHistoryStripped", true)
                .containsEntry("subject", "Re: Your ticket #4711");
        assertThat(touchpoint.text()).isEqualTo("Thanks, the replacement works fine now.\n\nJane");
    }

    @Test
    void startsOwnThreadWhenMessageRepliesToNothing() {
        Touchpoint touchpoint = map("big5.eml");

        assertThat(touchpoint.properties()).containsEntry("threadId", "<big5-0304@mail.example.tw>")
                .doesNotContainKeys("inReplyTo", "references", "messageIdDerived", "quotedHistoryStripped");
    }

    @Test
    void threadsByInReplyToWhenReferencesAreMissing() {
        String reply = payload("reply.eml").replaceFirst("References: [^\\r]*\\r\\n [^\\r]*\\r\\n", "");

        Touchpoint touchpoint = mapper.map(MAILBOX, reply).get(0);

        assertThat(touchpoint.properties()).containsEntry("threadId", "<ticket-4711-2@acme.test>")
                .doesNotContainKey("references");
    }

    private Touchpoint map(String sample) {
        List<Touchpoint> touchpoints = mapper.map(MAILBOX, payload(sample));
        assertThat(touchpoints).hasSize(1);
        return touchpoints.get(0);
    }
}
