package io.touchpointhub.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.model.EntityType;
import io.touchpointhub.model.NamedEntity;
import io.touchpointhub.model.TextAnalysis;
import io.touchpointhub.nlp.HubTextAnalyzer;
import io.touchpointhub.nlp.NlpSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntitiesTest {

    @Test
    void typesCapitalisedNamesByTheirContext() {
        List<NamedEntity> entities = NameRules.find("Yesterday I met Dr. Jane Smith from Acme Widgets Inc at the "
                + "fair in Berlin and she praised Apple.");

        assertThat(entities).extracting(e -> e.type() + ":" + e.text()).contains(
                "PERSON:Jane Smith", "ORGANIZATION:Acme Widgets Inc", "LOCATION:Berlin", "OTHER:Apple");
        assertThat(entities).extracting(NamedEntity::text).doesNotContain("Yesterday", "I");
    }

    @Test
    void configuredProductNamesAreFoundCaseInsensitivelyAndWinOverGuesses() {
        var settings = new NlpSettings(NlpSettings.DEFAULT_MAX_CHARS, false, 2_000, 25,
                Map.of(EntityType.PRODUCT, List.of("Pixel 9", "Acme Turbo")));
        HubTextAnalyzer analyzer = new HubTextAnalyzer(settings);

        TextAnalysis analysis = analyzer.analyze("my pixel 9 died after a day, back to the Acme Turbo #fail @acme");

        assertThat(analysis.entities()).extracting(e -> e.type() + ":" + e.text())
                .containsExactly("PRODUCT:pixel 9", "PRODUCT:Acme Turbo");
        assertThat(analysis.hashtags()).containsExactly("fail");
        assertThat(analysis.mentions()).containsExactly("acme");
        assertThat(analysis.keywords()).contains("pixel", "died").doesNotContain("the", "fail", "my");
    }
}
