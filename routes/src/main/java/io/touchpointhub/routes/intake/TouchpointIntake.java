package io.touchpointhub.routes.intake;

import io.touchpointhub.model.Touchpoint;
import java.util.List;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands touchpoints of any channel to the shared intake route, which commits them before returning:
 * a caller that gets no exception may acknowledge.
 */
@Component
public class TouchpointIntake {

    private final ProducerTemplate producer;

    TouchpointIntake(ProducerTemplate producer) {
        this.producer = producer;
    }

    public void accept(List<Touchpoint> touchpoints) {
        if (!touchpoints.isEmpty()) {
            try {
                producer.requestBody(TouchpointIntakeRoute.ENDPOINT, touchpoints);
            } catch (CamelExecutionException e) {
                // the caller's error handling wants the real failure, not Camel's envelope
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
