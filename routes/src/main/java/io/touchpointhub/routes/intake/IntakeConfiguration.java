package io.touchpointhub.routes.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.web.segment.SegmentMessageMapper;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The web channel's mapper from Segment messages to touchpoints. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SegmentMessageMapper segmentMessageMapper(ObjectMapper json, Clock clock) {
        return new SegmentMessageMapper(json, clock);
    }
}
