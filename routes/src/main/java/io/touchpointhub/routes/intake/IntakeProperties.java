package io.touchpointhub.routes.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sources allowed to send to the collection API, each with its write key:
 * {@code hub.intake.sources.<source-name>.write-key=<key>}. None by default: the hub never accepts
 * data from a source nobody configured.
 */
@Validated
@ConfigurationProperties("hub.intake")
public record IntakeProperties(@DefaultValue Map<String, @Valid Source> sources) {

    /** One sending source (a web site, an app, a back end). */
    public record Source(@NotBlank String writeKey) {

        @Override
        public String toString() {
            return "Source[writeKey=****]";
        }
    }

    @Override
    public String toString() {
        return "IntakeProperties" + sources.keySet().stream().collect(Collectors.joining(", ", "[sources=", "]"));
    }
}
