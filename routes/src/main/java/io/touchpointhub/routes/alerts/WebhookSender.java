package io.touchpointhub.routes.alerts;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * POSTs an alert as JSON to {@code hub.listening.alerts.webhook.url}, signed like Shopify's webhooks: the
 * header {@value #SIGNATURE} carries the Base64 HMAC-SHA256 of the exact body bytes under the configured
 * secret. Transient failures are retried by the Resilience4j retry {@value #BACKEND}.
 */
@Component
class WebhookSender implements DisposableBean {

    static final String BACKEND = "listening-alerts-webhook";
    static final String SIGNATURE = "X-Touchpoint-Hmac-Sha256";
    static final String ALERT_ID = "X-Touchpoint-Alert-Id";
    static final String ALERT_KIND = "X-Touchpoint-Alert-Kind";
    static final String ATTEMPT = "X-Touchpoint-Delivery-Attempt";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final AlertProperties.Webhook webhook;
    private final OkHttpClient client;
    private final Retry retry;

    WebhookSender(AlertProperties properties, RetryRegistry retries) {
        this.webhook = properties.webhook();
        this.client = new OkHttpClient.Builder().callTimeout(webhook.timeout()).followRedirects(false).build();
        this.retry = retries.retry(BACKEND);
    }

    void send(Alert alert, byte[] body, int attempt) {
        Request request = new Request.Builder().url(webhook.url().toString())
                .header(SIGNATURE, sign(body, webhook.secret()))
                .header(ALERT_ID, String.valueOf(alert.id()))
                .header(ALERT_KIND, alert.kind())
                .header(ATTEMPT, String.valueOf(attempt))
                .post(RequestBody.create(body, JSON))
                .build();
        retry.executeRunnable(() -> post(request));
    }

    private void post(Request request) {
        try (Response response = client.newCall(request).execute()) {
            int status = response.code();
            if (status >= 200 && status < 300) {
                return;
            }
            String message = "Webhook answered HTTP " + status;
            throw status == 408 || status == 429 || status >= 500
                    ? new AlertDeliveryException.Transient(message, null)
                    : new AlertDeliveryException(message, null);
        } catch (IOException e) {
            throw new AlertDeliveryException.Transient("Webhook unreachable: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Base64 of the HMAC-SHA256 of {@code body} under {@code secret}: what a receiver recomputes and compares. */
    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public void destroy() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
