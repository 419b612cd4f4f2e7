package io.touchpointhub.routes.alerts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Spike alerts and the delivery of every alert ({@code hub.listening.alerts}); see docs/alerts.md.
 * Alerts are always recorded; a delivery channel is on once its destination is set.
 *
 * @param checkEnabled        whether the {@code listening-spike-check} timer runs
 * @param checkInterval       how often tracked topics are checked
 * @param k                   standard deviations above the baseline mean that make a spike
 * @param minVolume           mentions a window needs before it can spike
 * @param hourBaseline        hours before the last hour that form its baseline
 * @param dayBaseline         days before the last day that form its baseline
 * @param samples             sample mentions recorded with a spike
 * @param deliveryInterval    how often pending deliveries are sent
 * @param deliveryLease       how long a claimed delivery waits before another run may send it again
 *                            (covers a crash mid-send)
 * @param maxDeliveryAttempts delivery runs after which a delivery is given up as failed
 * @param deliveryBackoff     wait after the first failed run; doubles per run up to one hour
 */
@Validated
@ConfigurationProperties("hub.listening.alerts")
public record AlertProperties(
        @DefaultValue("true") boolean checkEnabled,
        @DefaultValue("1h") Duration checkInterval,
        @DefaultValue("2") @DecimalMin(value = "0", inclusive = false) double k,
        @DefaultValue("10") @Min(1) long minVolume,
        @DefaultValue("12") @Min(2) @Max(500) int hourBaseline,
        @DefaultValue("7") @Min(2) @Max(500) int dayBaseline,
        @DefaultValue("5") @Min(0) @Max(50) int samples,
        @DefaultValue("30s") Duration deliveryInterval,
        @DefaultValue("5m") Duration deliveryLease,
        @DefaultValue("10") @Min(1) int maxDeliveryAttempts,
        @DefaultValue("1m") Duration deliveryBackoff,
        @DefaultValue @Valid Webhook webhook,
        @DefaultValue @Valid Email email) {

    static final String PREFIX = "hub.listening.alerts";

    /**
     * The signed webhook; on when {@code url} is set.
     *
     * @param secret the HMAC-SHA256 key, from the environment: {@code HUB_LISTENING_ALERTS_WEBHOOK_SECRET}
     */
    public record Webhook(URI url, String secret, @DefaultValue("10s") Duration timeout) {

        public Webhook {
            if (url != null && (secret == null || secret.isBlank())) {
                throw new IllegalArgumentException(PREFIX + ".webhook.secret must be set when " + PREFIX
                        + ".webhook.url is (secret: ${HUB_LISTENING_ALERTS_WEBHOOK_SECRET} with the key in the environment)");
            }
        }

        public boolean enabled() {
            return url != null;
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=****, timeout=" + timeout + "]";
        }
    }

    /**
     * Alert e-mails over SMTP; on when {@code to} lists a recipient.
     *
     * @param password from the environment: {@code HUB_LISTENING_ALERTS_EMAIL_PASSWORD}
     * @param security {@code starttls} (required), {@code ssl} (SMTPS) or {@code none} (test servers only)
     */
    public record Email(String host, @DefaultValue("587") int port, String username, String password,
                        @DefaultValue("starttls") String security, @DefaultValue("touchpoint-hub@localhost") String from,
                        @DefaultValue List<String> to, @DefaultValue("10s") Duration timeout) {

        public Email {
            to = List.copyOf(to);
            if (!to.isEmpty() && (host == null || host.isBlank())) {
                throw new IllegalArgumentException(PREFIX + ".email.host must be set when " + PREFIX + ".email.to is");
            }
            if (!List.of("starttls", "ssl", "none").contains(security)) {
                throw new IllegalArgumentException(PREFIX + ".email.security must be starttls, ssl or none: " + security);
            }
        }

        public boolean enabled() {
            return !to.isEmpty();
        }

        @Override
        public String toString() {
            return "Email[host=" + host + ", port=" + port + ", security=" + security + ", recipients=" + to.size()
                    + ", password=****]";
        }
    }
}
