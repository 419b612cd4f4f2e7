package io.touchpointhub.routes.social;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.social.mastodon.MastodonStatusMapper;
import io.touchpointhub.connectors.social.reddit.RedditThingMapper;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The social channel's payload mappers. They are registered whether or not a source is configured, so
 * that dead letters of a source since removed can still be replayed.
 */
@Configuration(proxyBeanMethods = false)
class SocialConfiguration {

    @Bean
    MastodonStatusMapper mastodonStatusMapper(ObjectMapper json, Clock clock, MastodonProperties properties) {
        return new MastodonStatusMapper(json, clock, MastodonSources.instanceHosts(properties));
    }

    @Bean
    RedditThingMapper redditThingMapper(ObjectMapper json, Clock clock) {
        return new RedditThingMapper(json, clock);
    }
}
