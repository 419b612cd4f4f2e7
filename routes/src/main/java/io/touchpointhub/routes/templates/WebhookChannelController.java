package io.touchpointhub.routes.templates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.routes.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/channels/<source>} for channels made from the signed-webhook template. The
 * signature is checked on the raw bytes before anything is recorded; a verified body goes to the
 * template's route and is committed before the 200.
 */
@RestController
@Tag(name = "Channels", description = "Webhooks of channels defined by route templates")
class WebhookChannelController {

    /** Webhook bodies are events, not files: larger bodies are refused before they are read whole. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final TemplateChannels channels;
    private final ProducerTemplate producer;

    WebhookChannelController(TemplateChannels channels, ProducerTemplate producer) {
        this.channels = channels;
        this.producer = producer;
    }

    @Operation(summary = "Receive a signed webhook of a templated channel")
    @PostMapping("/webhooks/channels/{source}")
    ResponseEntity<?> receive(@PathVariable String source, HttpServletRequest request) throws IOException {
        WebhookReceiver receiver = channels.webhook(source)
                .orElseThrow(() -> new NotFoundException("No webhook channel " + source));
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new InvalidTouchpointException("body", "must not be larger than " + MAX_BODY_BYTES + " bytes");
        }
        if (!receiver.signature().matches(body, request.getHeader(receiver.signatureHeader()))) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Header " + receiver.signatureHeader() + " is missing or is not the signature of this body");
            problem.setTitle("Unauthorized");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        try {
            return ResponseEntity.ok(producer.requestBody("direct:hub-webhook-" + source, body, Map.class));
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause; // storage trouble answers 503 through ApiProblems, so the sender retries
            }
            throw e;
        }
    }
}
