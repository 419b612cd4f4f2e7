package io.touchpointhub.routes.analyze;

import io.touchpointhub.model.EntityType;
import io.touchpointhub.nlp.HubTextAnalyzer;
import io.touchpointhub.nlp.NlpSettings;
import io.touchpointhub.nlp.TextAnalyzer;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one analyser of the hub: built at start-up; CoreNLP loads on a background thread when the first text needs it. */
@Configuration(proxyBeanMethods = false)
class AnalyzeConfiguration {

    @Bean
    HubTextAnalyzer textAnalyzer(NlpProperties properties) {
        NlpProperties.Names names = properties.names();
        return new HubTextAnalyzer(new NlpSettings(properties.maxChars(), properties.corenlp(),
                properties.corenlpMaxChars(), properties.longFormMinWords(), Map.of(
                        EntityType.PRODUCT, names.products(), EntityType.ORGANIZATION, names.organizations(),
                        EntityType.PERSON, names.people(), EntityType.LOCATION, names.locations())));
    }
}
