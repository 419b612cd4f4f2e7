package io.touchpointhub.connectors.marketplace.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShopifyWebhookSignatureTest {

    private static final String SECRET = "shpss_example_secret";
    private static final byte[] BODY = "{\"id\":820982911946154508,\"email\":\"jon@doe.ca\"}".getBytes(StandardCharsets.UTF_8);
    /** Computed outside Java: printf '%s' BODY | openssl dgst -sha256 -hmac SECRET -binary | base64 */
    private static final String OPENSSL_SIGNATURE = "eK8jF8h6llcMI63HcDTj3O1SEe7OcrXYnwTTbUATE2I=";

    @Test
    void acceptsTheSignatureOpensslComputesForTheRawBody() {
        assertThat(ShopifyWebhookSignature.isValid(BODY, OPENSSL_SIGNATURE, SECRET)).isTrue();
    }

    @Test
    void signsAsShopifyDoes() {
        assertThat(ShopifyWebhookSignature.sign(BODY, SECRET)).isEqualTo(OPENSSL_SIGNATURE);
    }

    @Test
    void rejectsAMissingOrBlankSignature() {
        assertThat(ShopifyWebhookSignature.isValid(BODY, null, SECRET)).isFalse();
        assertThat(ShopifyWebhookSignature.isValid(BODY, " ", SECRET)).isFalse();
    }

    @Test
    void rejectsASignatureOfAnotherBody() {
        String other = ShopifyWebhookSignature.sign("{\"id\":1}".getBytes(StandardCharsets.UTF_8), SECRET);

        assertThat(ShopifyWebhookSignature.isValid(BODY, other, SECRET)).isFalse();
    }

    @Test
    void rejectsASignatureMadeWithAnotherSecret() {
        String forged = ShopifyWebhookSignature.sign(BODY, "shpss_someone_else");

        assertThat(ShopifyWebhookSignature.isValid(BODY, forged, SECRET)).isFalse();
    }

    @Test
    void rejectsABodyTamperedWithAfterSigning() {
        byte[] tampered = "{\"id\":820982911946154508,\"email\":\"eve@doe.ca\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(ShopifyWebhookSignature.isValid(tampered, OPENSSL_SIGNATURE, SECRET)).isFalse();
    }

    @Test
    void rejectsTheSameJsonReformatted() {
        byte[] reformatted = "{\"id\": 820982911946154508, \"email\": \"jon@doe.ca\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(ShopifyWebhookSignature.isValid(reformatted, OPENSSL_SIGNATURE, SECRET)).isFalse();
    }

    @Test
    void rejectsASignatureThatIsNotBase64OrHasTheWrongLength() {
        assertThat(ShopifyWebhookSignature.isValid(BODY, "not base64 !", SECRET)).isFalse();
        assertThat(ShopifyWebhookSignature.isValid(BODY, OPENSSL_SIGNATURE.substring(0, 20), SECRET)).isFalse();
    }

    @Test
    void neverAcceptsWhenNoSecretIsConfigured() {
        assertThat(ShopifyWebhookSignature.isValid(BODY, OPENSSL_SIGNATURE, "")).isFalse();
        assertThat(ShopifyWebhookSignature.isValid(BODY, OPENSSL_SIGNATURE, null)).isFalse();
    }
}
