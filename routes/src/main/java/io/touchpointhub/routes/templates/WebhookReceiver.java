package io.touchpointhub.routes.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.generic.WebhookSignature;
import io.touchpointhub.model.Channel;
import io.touchpointhub.routes.channels.ChannelIntake;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The receiving end of a templated signed webhook: the controller checks the signature with
 * {@link #signature()} before anything is recorded; the route then calls {@link #receive} with the
 * verified body, whose items are ingested one by one (a bad item is a dead letter, the others go on).
 */
public class WebhookReceiver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Channel channel;
    private final String source;
    private final String itemFormat;
    private final String itemsPointer;
    private final String signatureHeader;
    private final WebhookSignature signature;
    private final ChannelIntake intake;

    WebhookReceiver(Channel channel, String source, String itemFormat, String itemsPointer, String signatureHeader,
                    WebhookSignature signature, ChannelIntake intake) {
        this.channel = channel;
        this.source = source;
        this.itemFormat = itemFormat;
        this.itemsPointer = itemsPointer;
        this.signatureHeader = signatureHeader;
        this.signature = signature;
        this.intake = intake;
    }

    String source() {
        return source;
    }

    String signatureHeader() {
        return signatureHeader;
    }

    WebhookSignature signature() {
        return signature;
    }

    /** @return counts for the sender: touchpoints stored and items dead-lettered */
    public Map<String, Integer> receive(byte[] body) {
        int stored = 0;
        int dead = 0;
        for (String item : items(new String(body, StandardCharsets.UTF_8))) {
            ChannelIntake.Outcome outcome = intake.accept(channel, source, itemFormat, item);
            stored += outcome.touchpoints();
            dead += outcome.deadLettered() ? 1 : 0;
        }
        return Map.of("accepted", stored, "deadLettered", dead);
    }

    /** The items of a body; a body that is not JSON is one item, which its mapper turns into a dead letter. */
    private List<String> items(String body) {
        if (itemsPointer == null) {
            return List.of(body);
        }
        try {
            JsonNode array = JSON.readTree(body).at(itemsPointer);
            if (!array.isArray()) {
                return List.of(body);
            }
            List<String> items = new ArrayList<>(array.size());
            array.forEach(item -> items.add(item.toString()));
            return items;
        } catch (JsonProcessingException | NullPointerException e) {
            return List.of(body);
        }
    }
}
