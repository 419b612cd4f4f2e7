package io.touchpointhub.routes.listening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Social listening ({@code hub.listening}).
 *
 * @param topics topics tracked from start-up (more can be added through {@code /api/listening/topics})
 */
@Validated
@ConfigurationProperties("hub.listening")
public record ListeningProperties(@DefaultValue List<@Valid Topic> topics) {

    /** A configured topic; see {@link TopicDefinition}. */
    public record Topic(@NotBlank String name, @DefaultValue("brand") String kind, @NotBlank String query,
                        @DefaultValue List<String> exclude) {
    }
}
