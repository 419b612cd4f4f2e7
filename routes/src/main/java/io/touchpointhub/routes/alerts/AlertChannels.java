package io.touchpointhub.routes.alerts;

import io.touchpointhub.search.alerts.Mention;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The delivery channels configured now: a new alert gets a pending delivery on each. */
@Component
class AlertChannels {

    static final String WEBHOOK = "webhook";
    static final String EMAIL = "email";

    private final AlertProperties properties;

    AlertChannels(AlertProperties properties) {
        this.properties = properties;
    }

    List<String> enabled() {
        List<String> channels = new ArrayList<>(2);
        if (properties.webhook().enabled()) {
            channels.add(WEBHOOK);
        }
        if (properties.email().enabled()) {
            channels.add(EMAIL);
        }
        return channels;
    }

    static Alert.Sample sample(Mention mention) {
        return new Alert.Sample(mention.id(), mention.channel(), mention.occurredAt(), mention.excerpt());
    }
}
