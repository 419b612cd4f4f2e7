package io.touchpointhub.routes.email;

import io.touchpointhub.connectors.email.EmailMessageMapper;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code email-mime} mapper, registered whether or not a mailbox is configured, so that e-mail
 * dead letters can always be replayed.
 */
@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

    @Bean
    EmailMessageMapper emailMessageMapper(Clock clock) {
        return new EmailMessageMapper(clock);
    }
}
