package io.touchpointhub.routes.social;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.social.SocialPoller;
import io.touchpointhub.connectors.social.SocialStream;
import io.touchpointhub.connectors.social.mastodon.MastodonClient;
import io.touchpointhub.connectors.social.mastodon.MastodonRateLimitHeaders;
import io.touchpointhub.connectors.social.mastodon.MastodonStatusMapper;
import io.touchpointhub.identity.store.SourceCursors;
import io.touchpointhub.routes.channels.ChannelIntake;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The configured Mastodon sources as pollers, checked at start-up: a source needs at least one stream,
 * and search or mentions need the access token, so a missing credential stops the hub with the name of
 * the property instead of failing every poll.
 */
@Component
class MastodonSources {

    static final String PLATFORM = "mastodon";
    private static final String PREFIX = "hub.social.mastodon.sources.";

    private final List<SourcePoller> pollers = new ArrayList<>();

    MastodonSources(MastodonProperties properties, SocialProperties social, SocialBackends backends,
                    ChannelIntake intake, SourceCursors cursors, ObjectMapper json) {
        properties.sources().forEach((name, source) -> {
            SourceNames.requireValid(PREFIX, name);
            validate(name, source);
            MastodonClient client = new MastodonClient(name, source.baseUrl(), source.accessToken(),
                    backends.http(PLATFORM, name, new MastodonRateLimitHeaders()), json);
            pollers.add(new SourcePoller("social-mastodon-" + name, name, MastodonStatusMapper.FORMAT,
                    streams(client, source), new SocialPoller(source.backfillLimit(), social.maxPagesPerPoll()),
                    source.pollInterval(), intake, cursors));
        });
    }

    List<SourcePoller> pollers() {
        return pollers;
    }

    /** The instance host of each source, for the handles of local accounts. */
    static Map<String, String> instanceHosts(MastodonProperties properties) {
        Map<String, String> hosts = new HashMap<>();
        properties.sources().forEach((name, source) -> {
            if (source.baseUrl() != null && source.baseUrl().getHost() != null) {
                hosts.put(name, source.baseUrl().getHost());
            }
        });
        return hosts;
    }

    private static List<SocialStream> streams(MastodonClient client, MastodonProperties.Source source) {
        List<SocialStream> streams = new ArrayList<>();
        source.hashtags().forEach(tag -> streams.add(client.hashtag(tag)));
        source.search().forEach(query -> streams.add(client.search(query)));
        if (source.mentions()) {
            streams.add(client.mentions());
        }
        return streams;
    }

    private static void validate(String name, MastodonProperties.Source source) {
        if (source.hashtags().isEmpty() && source.search().isEmpty() && !source.mentions()) {
            throw new IllegalStateException(PREFIX + name + " follows nothing: set hashtags, search or mentions");
        }
        if ((!source.search().isEmpty() || source.mentions()) && !source.hasToken()) {
            throw new IllegalStateException(PREFIX + name + ".access-token must be set for search and mentions "
                    + "(an account's token with scope read, from the environment)");
        }
    }
}
