package io.touchpointhub.routes.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertFormatsTest {

    private static final Instant END = Instant.parse("2026-03-10T14:00:00Z");

    @Test
    void signsTheBodyWithBase64HmacSha256AsRfc4231TestCase2() {
        byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSender.sign(body, "Jefe")).isEqualTo("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=");
    }

    @Test
    void aWebhookUrlWithoutSecretFailsNamingThePropertyAndTheEnvironmentVariable() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AlertProperties.Webhook(URI.create("https://hooks.example.com/x"), " ", Duration.ofSeconds(1)))
                .withMessageContaining("hub.listening.alerts.webhook.secret")
                .withMessageContaining("HUB_LISTENING_ALERTS_WEBHOOK_SECRET");
    }

    @Test
    void recipientsWithoutSmtpHostFailNamingTheProperty() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AlertProperties.Email(null, 587, null, null, "starttls", "a@example.com",
                        List.of("m@example.com"), Duration.ofSeconds(1)))
                .withMessageContaining("hub.listening.alerts.email.host");
    }

    @Test
    void secretsStayOutOfToString() {
        AlertProperties.Webhook webhook = new AlertProperties.Webhook(URI.create("https://h.example.com"), "s3cret", Duration.ofSeconds(1));
        AlertProperties.Email email = new AlertProperties.Email("smtp.example.com", 587, "u", "pa55", "starttls",
                "a@example.com", List.of("m@example.com"), Duration.ofSeconds(1));

        assertThat(webhook.toString()).doesNotContain("s3cret");
        assertThat(email.toString()).doesNotContain("pa55").doesNotContain("m@example.com");
    }

    @Test
    void aSpikeMailSaysTopicMeasureBaselineAndWindow() {
        Alert alert = withId(Alert.spike("acme", new Alert.Window("hour", END.minusSeconds(3600), END),
                List.of(new Figure(Figure.VOLUME, 30, 5, 0.74, 2, 7, 30),
                        new Figure(Figure.NEGATIVE_SHARE, 0.8, 0.1, 0.02, 2, 0.2, 30)),
                List.of(new Alert.Sample(9031, "SOCIAL", END.minusSeconds(100), "My Acme kettle leaks"))));

        assertThat(AlertMessages.subject(alert))
                .isEqualTo("[Touchpoint Hub] Spike in acme: volume 30 (baseline 5.0 ± 0.7) in the hour to 2026-03-10T14:00:00Z");
        assertThat(AlertMessages.text(alert))
                .contains("(alert 7)")
                .contains("negative_share  80%; baseline mean 0.100")
                .contains("- #9031 SOCIAL 2026-03-10T13:58:20Z: My Acme kettle leaks");
    }

    @Test
    void aCustomerAtRiskMailNamesProfileRevenueAndChannel() {
        Alert alert = withId(Alert.atRisk("0b4f6d3e-0000-4000-8000-000000000001", 55, END,
                new Alert.Sample(55, "EMAIL", END, "refund please"),
                Map.of("lifetimeRevenue", "1250.00", "currency", "EUR", "minRevenue", "500")));

        assertThat(AlertMessages.subject(alert)).isEqualTo(
                "[Touchpoint Hub] Customer at risk: negative email touchpoint from a customer with 1250.00 EUR of orders");
        assertThat(AlertMessages.text(alert)).contains("Profile:          0b4f6d3e-0000-4000-8000-000000000001")
                .contains("(threshold 500)");
    }

    @Test
    void smtpsIsTheSmtpTransportWithSslAndStarttlsIsRequiredNotOptional() {
        var ssl = EmailSender.smtpProperties(new AlertProperties.Email("smtp.example.com", 465, null, null, "ssl",
                "a@example.com", List.of("m@example.com"), Duration.ofSeconds(3)));
        var starttls = EmailSender.smtpProperties(new AlertProperties.Email("smtp.example.com", 587, "u", "p",
                "starttls", "a@example.com", List.of("m@example.com"), Duration.ofSeconds(3)));

        assertThat(ssl).containsEntry("mail.smtp.ssl.enable", "true").containsEntry("mail.smtp.port", "465")
                .containsEntry("mail.smtp.auth", "false").containsEntry("mail.smtp.timeout", "3000");
        assertThat(starttls).containsEntry("mail.smtp.starttls.required", "true").containsEntry("mail.smtp.auth", "true")
                .doesNotContainKey("mail.smtp.ssl.enable");
    }

    private static Alert withId(Alert a) {
        return new Alert(7, a.kind(), a.topic(), a.window(), a.occurredAt(), a.profileId(), a.touchpointId(),
                a.figures(), a.samples(), a.details(), END, null);
    }
}
