package io.touchpointhub.routes.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.identity.survivorship.Survivorship;
import io.touchpointhub.identity.survivorship.SurvivorshipRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurvivorshipPropertiesTest {

    @Test
    void aConfiguredAttributeReplacesItsBuiltInRuleAndTheOthersKeepTheirs() {
        SurvivorshipProperties properties = new SurvivorshipProperties("most-frequent", Map.of(
                "name", new SurvivorshipProperties.Attribute("source-priority", List.of("shop", "web"), "most-frequent")));

        Survivorship survivorship = properties.survivorship();

        assertThat(survivorship.ruleFor("name").sources()).containsExactly("shop", "web");
        assertThat(survivorship.ruleFor("name").fallback()).isEqualTo(SurvivorshipRule.MOST_FREQUENT);
        assertThat(survivorship.ruleFor("lastName").sources()).startsWith("import");
        assertThat(survivorship.ruleFor("company").rule()).isEqualTo(SurvivorshipRule.MOST_FREQUENT);
    }

    @Test
    void anInvalidRuleNamesTheProperty() {
        SurvivorshipProperties unknown = new SurvivorshipProperties("most-recent",
                Map.of("phone", new SurvivorshipProperties.Attribute("newest", List.of(), "most-recent")));
        SurvivorshipProperties noSources = new SurvivorshipProperties("most-recent",
                Map.of("name", new SurvivorshipProperties.Attribute("source-priority", List.of(), "most-recent")));

        assertThatThrownBy(unknown::survivorship).hasMessageContaining("hub.identity.survivorship.attributes.phone");
        assertThatThrownBy(noSources::survivorship).hasMessageContaining("hub.identity.survivorship.attributes.name")
                .hasMessageContaining("sources");
    }
}
