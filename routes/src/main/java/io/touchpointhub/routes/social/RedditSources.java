package io.touchpointhub.routes.social;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.social.SocialHttp;
import io.touchpointhub.connectors.social.SocialPoller;
import io.touchpointhub.connectors.social.SocialStream;
import io.touchpointhub.connectors.social.reddit.RedditClient;
import io.touchpointhub.connectors.social.reddit.RedditRateLimitHeaders;
import io.touchpointhub.connectors.social.reddit.RedditThingMapper;
import io.touchpointhub.connectors.social.reddit.RedditTokens;
import io.touchpointhub.identity.store.SourceCursors;
import io.touchpointhub.routes.channels.ChannelIntake;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The configured Reddit sources as pollers, checked at start-up: a source needs at least one stream
 * and an identifying User-Agent (Reddit's API rules), and app credentials come in pairs.
 */
@Component
class RedditSources {

    static final String PLATFORM = "reddit";
    private static final String PREFIX = "hub.social.reddit.sources.";

    private final List<SourcePoller> pollers = new ArrayList<>();

    RedditSources(RedditProperties properties, SocialProperties social, SocialBackends backends,
                  ChannelIntake intake, SourceCursors cursors, ObjectMapper json, Clock clock) {
        properties.sources().forEach((name, source) -> {
            SourceNames.requireValid(PREFIX, name);
            validate(name, source);
            SocialHttp http = backends.http(PLATFORM, name, new RedditRateLimitHeaders());
            RedditTokens tokens = source.hasCredentials() ? new RedditTokens(source.tokenUrl(), source.clientId(),
                    source.clientSecret(), source.userAgent(), http, json, clock) : null;
            RedditClient client = new RedditClient(name, source.effectiveBaseUrl(), source.userAgent(), tokens, http, json);
            pollers.add(new SourcePoller("social-reddit-" + name, name, RedditThingMapper.FORMAT,
                    streams(client, source), new SocialPoller(source.backfillLimit(), social.maxPagesPerPoll()),
                    source.pollInterval(), intake, cursors));
        });
    }

    List<SourcePoller> pollers() {
        return pollers;
    }

    private static List<SocialStream> streams(RedditClient client, RedditProperties.Source source) {
        List<SocialStream> streams = new ArrayList<>();
        source.subreddits().forEach(subreddit -> {
            streams.add(client.newPosts(subreddit));
            if (source.comments()) {
                streams.add(client.newComments(subreddit));
            }
        });
        source.search().forEach(query -> streams.add(client.search(query)));
        return streams;
    }

    private static void validate(String name, RedditProperties.Source source) {
        if (source.subreddits().isEmpty() && source.search().isEmpty()) {
            throw new IllegalStateException(PREFIX + name + " follows nothing: set subreddits or search");
        }
        if (source.userAgent() == null || source.userAgent().isBlank()) {
            throw new IllegalStateException(PREFIX + name + ".user-agent must be set: Reddit requires an identifying "
                    + "User-Agent, e.g. 'server:touchpoint-hub:0.1 (by /u/<your account>)'");
        }
        boolean secret = source.clientSecret() != null && !source.clientSecret().isBlank();
        if (source.hasCredentials() != secret) {
            throw new IllegalStateException(PREFIX + name + (secret ? ".client-id" : ".client-secret")
                    + " must be set as well: app-only OAuth needs both (secret from the environment)");
        }
    }
}
