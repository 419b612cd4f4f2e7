package io.touchpointhub.routes.listening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Social listening ({@code hub.listening}): the NLP stage and the tracked topics.
 *
 * @param stage  whether this instance runs the NLP stage (text touchpoints are queued for it either way)
 * @param batchSize touchpoints analysed per transaction
 * @param workers   concurrent NLP-stage workers in this instance (each parses with CoreNLP on its own thread)
 * @param topics topics tracked from start-up (more can be added through {@code /api/listening/topics})
 */
@Validated
@ConfigurationProperties("hub.listening")
public record ListeningProperties(
        @DefaultValue("true") boolean stage,
        @DefaultValue("100") @Min(1) @Max(1000) int batchSize,
        @DefaultValue("1") @Min(1) @Max(8) int workers,
        @DefaultValue List<@Valid Topic> topics) {

    /** A configured topic; see {@link TopicDefinition}. */
    public record Topic(@NotBlank String name, @DefaultValue("brand") String kind, @NotBlank String query,
                        @DefaultValue List<String> exclude) {
    }
}
