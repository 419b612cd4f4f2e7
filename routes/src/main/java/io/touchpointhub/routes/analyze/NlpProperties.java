package io.touchpointhub.routes.analyze;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Text analysis ({@code hub.nlp}).
 *
 * @param corenlp             load Stanford CoreNLP (in the background, about 700 MB of heap) and blend it
 *                            into long-form English sentiment; false keeps the lexicon layer alone
 * @param maxChars            longer texts are cut to this many characters before analysis
 * @param corenlpMaxChars     leading characters of a long-form text that go through CoreNLP
 * @param longFormMinWords    a text of unknown kind with this many words and no hashtag, mention or URL is
 *                            treated as long-form
 * @param maxRequestSize      largest body {@code POST /api/analyze} reads
 * @param names               product, organisation, person and location names to recognise as entities
 */
@Validated
@ConfigurationProperties("hub.nlp")
public record NlpProperties(
        @DefaultValue("true") boolean corenlp,
        @DefaultValue("100000") @Min(1) @Max(10_000_000) int maxChars,
        @DefaultValue("2000") @Min(1) int corenlpMaxChars,
        @DefaultValue("25") @Min(1) int longFormMinWords,
        @DefaultValue("16MB") DataSize maxRequestSize,
        @DefaultValue Names names) {

    /** Configured entity names, matched case-insensitively on word boundaries. */
    public record Names(@DefaultValue List<String> products, @DefaultValue List<String> organizations,
                        @DefaultValue List<String> people, @DefaultValue List<String> locations) {
    }
}
