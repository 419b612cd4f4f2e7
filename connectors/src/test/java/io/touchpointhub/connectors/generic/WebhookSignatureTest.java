package io.touchpointhub.connectors.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // GitHub's documented test vector ("Validating webhook deliveries")
    private static final String GITHUB_SECRET = "It's a Secret to Everybody";
    private static final byte[] GITHUB_BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final String GITHUB_HEADER =
            "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    private final WebhookSignature github =
            new WebhookSignature("HmacSHA256", GITHUB_SECRET, WebhookSignature.Encoding.HEX, "sha256=");

    @Test
    void acceptsTheProvidersDocumentedSignature() {
        assertThat(github.matches(GITHUB_BODY, GITHUB_HEADER)).isTrue();
        assertThat(github.header(GITHUB_BODY)).isEqualTo(GITHUB_HEADER);
    }

    @Test
    void refusesATamperedBodyAMissingPrefixAndGarbage() {
        assertThat(github.matches("Hello, World?".getBytes(StandardCharsets.UTF_8), GITHUB_HEADER)).isFalse();
        assertThat(github.matches(GITHUB_BODY, GITHUB_HEADER.substring("sha256=".length()))).isFalse();
        assertThat(github.matches(GITHUB_BODY, "sha256=not-hex")).isFalse();
        assertThat(github.matches(GITHUB_BODY, null)).isFalse();
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        WebhookSignature other = new WebhookSignature("HmacSHA256", "another", WebhookSignature.Encoding.HEX, "sha256=");

        assertThat(github.matches(GITHUB_BODY, other.header(GITHUB_BODY))).isFalse();
    }

    @Test
    void readsBase64DigestsAsShopifyAndStripeLikeProvidersSendThem() {
        WebhookSignature base64 = new WebhookSignature("HmacSHA256", "s3cret", WebhookSignature.Encoding.BASE64, "");

        String header = base64.header(GITHUB_BODY);

        assertThat(header).matches("[A-Za-z0-9+/]+=*");
        assertThat(base64.matches(GITHUB_BODY, header)).isTrue();
        assertThat(base64.matches(GITHUB_BODY, "%%%")).isFalse();
    }

    @Test
    void failsAtConfigurationOnAnUnknownAlgorithmOrAMissingSecret() {
        assertThatThrownBy(() -> new WebhookSignature("HmacMD1", "x", WebhookSignature.Encoding.HEX, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSignature("HmacSHA256", "", WebhookSignature.Encoding.HEX, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
