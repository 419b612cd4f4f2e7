package io.touchpointhub.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedHistoryTest {

    @Test
    void cutsOutlookReplyBlock() {
        String text = "Yes, Tuesday works.\n\nFrom: Acme Support <support@acme.test>\nSent: Monday, 9 March 2026 10:00\n"
                + "To: Jane\nSubject: Appointment\n\nWould Tuesday suit you?";

        assertThat(QuotedHistory.strip(text)).isEqualTo("Yes, Tuesday works.");
    }

    @Test
    void cutsChineseReplyHeaderAndSignature() {
        assertThat(QuotedHistory.strip("好的，谢谢。\n\n在 2026年3月8日 17:02，客服 写道：\n原来的内容"))
                .isEqualTo("好的，谢谢。");
        assertThat(QuotedHistory.strip("Fine.\n-- \nJane Doe\nACME Corp")).isEqualTo("Fine.");
    }

    @Test
    void keepsAnswersInterleavedWithQuotedLines() {
        String text = "> Which colour?\nBlue.\n> Which size?\nLarge.";

        assertThat(QuotedHistory.strip(text)).isEqualTo("Blue.\nLarge.");
    }

    @Test
    void keepsTextWholeWhenEverythingIsQuoted() {
        String forwarded = "> the whole original message";

        assertThat(QuotedHistory.strip(forwarded)).isEqualTo(forwarded);
    }

    @Test
    void cutsWrappedGmailReplyHeader() {
        String text = "Thanks!\n\nOn Sun, 8 Mar 2026 at 17:02, Acme Support Team <support@acme.test>\nwrote:\n> old";

        assertThat(QuotedHistory.strip(text)).isEqualTo("Thanks!");
    }
}
