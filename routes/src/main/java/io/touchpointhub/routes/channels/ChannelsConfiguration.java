package io.touchpointhub.routes.channels;

import io.touchpointhub.identity.store.SourceCursors;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every polling channel shares. */
@Configuration(proxyBeanMethods = false)
class ChannelsConfiguration {

    @Bean
    SourceCursors sourceCursors(DataSource dataSource) {
        return new SourceCursors(dataSource);
    }
}
