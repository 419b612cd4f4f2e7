package io.touchpointhub.routes.marketplace;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.connectors.marketplace.shopify.ShopifyDelivery;
import io.touchpointhub.connectors.marketplace.shopify.ShopifyEnvelope;
import io.touchpointhub.connectors.marketplace.shopify.ShopifyTopic;
import io.touchpointhub.connectors.marketplace.shopify.ShopifyWebhookSignature;
import io.touchpointhub.model.Channel;
import io.touchpointhub.routes.channels.ChannelIntake;
import io.touchpointhub.routes.web.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shopify webhooks of one configured shop. The order of checks keeps unverified input from costing
 * anything: unknown shop (404) before reading, body size (413) while reading, signature (401) before
 * looking at any header or byte of content. A verified delivery of a topic the hub does not ingest is
 * acknowledged and ignored, and one whose body cannot be mapped becomes a dead letter and is
 * acknowledged too: Shopify retries every non-2xx answer for hours, and a retry would fail the same way.
 * A 200 means the touchpoint is committed; a storage outage answers 503, so Shopify retries.
 */
@RestController
@Tag(name = "Shopify webhooks", description = "Orders and customers from Shopify shops (marketplace channel)")
class ShopifyWebhookController {

    static final String HMAC = "X-Shopify-Hmac-Sha256";
    static final String TOPIC = "X-Shopify-Topic";
    static final String SHOP_DOMAIN = "X-Shopify-Shop-Domain";
    static final String WEBHOOK_ID = "X-Shopify-Webhook-Id";
    static final String EVENT_ID = "X-Shopify-Event-Id";
    static final String TRIGGERED_AT = "X-Shopify-Triggered-At";
    static final String API_VERSION = "X-Shopify-API-Version";

    private static final Logger LOG = LoggerFactory.getLogger(ShopifyWebhookController.class);

    private final ShopifyProperties properties;
    private final ChannelIntake channels;
    private final int maxBodyBytes;

    ShopifyWebhookController(ShopifyProperties properties, ChannelIntake channels) {
        this.properties = properties;
        this.channels = channels;
        this.maxBodyBytes = (int) properties.maxBodySize().toBytes();
        List<String> enabled = properties.shops().entrySet().stream().filter(e -> e.getValue().enabled())
                .map(Map.Entry::getKey).sorted().toList();
        LOG.info("Shopify webhooks accepted for {} shop(s): {}", enabled.size(), enabled);
    }

    @Operation(summary = "One Shopify webhook delivery (orders/create, orders/updated, customers/create, customers/update), "
            + "signed with X-Shopify-Hmac-Sha256")
    @PostMapping("/webhooks/shopify/{shop}")
    ResponseEntity<?> receive(@PathVariable("shop") String source, HttpServletRequest request) throws IOException {
        Optional<ShopifyProperties.Shop> shop = properties.enabledShop(source);
        if (shop.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "Not found", "No enabled Shopify shop is configured under this name");
        }
        byte[] body = readAtMostLimit(request);
        if (body == null) {
            LOG.warn("Shopify shop {} sent a webhook larger than {} bytes; answered 413", source, maxBodyBytes);
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large",
                    "The body must not be larger than " + properties.maxBodySize() + " (hub.marketplace.shopify.max-body-size)");
        }
        if (!ShopifyWebhookSignature.isValid(body, request.getHeader(HMAC), shop.get().webhookSecret())) {
            LOG.warn("A webhook for Shopify shop {} failed signature verification; nothing recorded", source);
            return unauthorized("The " + HMAC + " header must be the body's HMAC-SHA256 under the shop's webhook secret");
        }
        return verified(source, shop.get(), body, request);
    }

    private ResponseEntity<?> verified(String source, ShopifyProperties.Shop shop, byte[] body, HttpServletRequest request) {
        ShopifyDelivery delivery = new ShopifyDelivery(request.getHeader(TOPIC), request.getHeader(WEBHOOK_ID),
                request.getHeader(EVENT_ID), request.getHeader(SHOP_DOMAIN), request.getHeader(TRIGGERED_AT),
                request.getHeader(API_VERSION));
        if (shop.shopDomain() != null && !shop.shopDomain().equalsIgnoreCase(delivery.shopDomain())) {
            LOG.warn("A signed webhook for Shopify shop {} named another shop domain; nothing recorded", source);
            return unauthorized("The " + SHOP_DOMAIN + " header must name the shop configured under this name");
        }
        if (delivery.topic() == null) {
            return ResponseEntity.badRequest().body(ApiProblems.invalidField(TOPIC, "is required"));
        }
        if (delivery.webhookId() == null) {
            return ResponseEntity.badRequest().body(ApiProblems.invalidField(WEBHOOK_ID, "is required"));
        }
        Optional<ShopifyTopic> topic = ShopifyTopic.fromWireName(delivery.topic());
        if (topic.isEmpty()) {
            LOG.info("Shopify shop {} sent topic {}, which the hub does not ingest; acknowledged and ignored",
                    source, delivery.topic());
            return ResponseEntity.ok(Map.of("ignored", true, "topic", delivery.topic()));
        }
        String payload = ShopifyEnvelope.wrap(delivery, new String(body, StandardCharsets.UTF_8));
        ChannelIntake.Outcome outcome = channels.accept(Channel.MARKETPLACE, source, topic.get().format(), payload);
        if (outcome.deadLettered()) {
            return ResponseEntity.ok(Map.of("touchpoints", 0, "deadLetterId", outcome.deadLetterId(),
                    "reason", outcome.reason()));
        }
        LOG.debug("Shopify webhook {} ({}) from shop {} stored", delivery.webhookId(), delivery.topic(), source);
        return ResponseEntity.ok(Map.of("touchpoints", outcome.touchpoints()));
    }

    /** The body, or {@code null} when it is larger than the limit (never buffered beyond it). */
    private byte[] readAtMostLimit(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            return null;
        }
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        return body.length > maxBodyBytes ? null : body;
    }

    private static ResponseEntity<ProblemDetail> unauthorized(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "HMAC-SHA256 realm=\"shopify\"")
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
