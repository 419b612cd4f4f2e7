package io.touchpointhub.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailCharsetsTest {

    @Test
    void readsGbkOnlyCharactersLabelledGb2312() {
        assertThat(MailCharsets.decode("喆".getBytes(Charset.forName("GBK")), "\"GB2312\"")).isEqualTo("喆");
    }

    @Test
    void readsBig5WithHongKongExtensions() {
        assertThat(MailCharsets.decode("香港".getBytes(Charset.forName("Big5-HKSCS")), "big5")).isEqualTo("香港");
    }

    @Test
    void guessesUtf8OrWindows1252ForUnknownLabels() {
        assertThat(MailCharsets.decode("naïve".getBytes(StandardCharsets.UTF_8), "x-unknown")).isEqualTo("naïve");
        assertThat(MailCharsets.decode("naïve €".getBytes(Charset.forName("windows-1252")), null)).isEqualTo("naïve €");
    }
}
