package io.touchpointhub.routes.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Start-up checks of the social sources: a missing credential stops the hub naming the property. */
class SocialSourcesTest {

    private static final SocialProperties SOCIAL = new SocialProperties(Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(5), Duration.ofSeconds(1), 10);
    private final SocialBackends backends = new SocialBackends(SOCIAL, CircuitBreakerRegistry.ofDefaults(),
            RetryRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(), Clock.systemUTC());

    @AfterEach
    void close() {
        backends.destroy();
    }

    @Test
    void mastodonSearchWithoutAccessTokenStopsStartUpNamingTheProperty() {
        MastodonProperties properties = mastodon("acme", mastodonSource(null, List.of("acme"), List.of("acme kettle"), false));

        assertThatThrownBy(() -> new MastodonSources(properties, SOCIAL, backends, null, null, new ObjectMapper()))
                .hasMessageStartingWith("hub.social.mastodon.sources.acme.access-token must be set");
    }

    @Test
    void mastodonSourceFollowingNothingStopsStartUp() {
        MastodonProperties properties = mastodon("acme", mastodonSource("t", List.of(), List.of(), false));

        assertThatThrownBy(() -> new MastodonSources(properties, SOCIAL, backends, null, null, new ObjectMapper()))
                .hasMessage("hub.social.mastodon.sources.acme follows nothing: set hashtags, search or mentions");
    }

    @Test
    void configuredMastodonSourcePollsOnItsOwnRoute() {
        MastodonProperties properties = mastodon("acme", mastodonSource("t", List.of("acme"), List.of(), true));

        MastodonSources sources = new MastodonSources(properties, SOCIAL, backends, null, null, new ObjectMapper());

        assertThat(sources.pollers()).extracting(SourcePoller::routeId).containsExactly("social-mastodon-acme");
        assertThat(MastodonSources.instanceHosts(properties)).containsExactly(Map.entry("acme", "mastodon.example"));
    }

    @Test
    void redditWithoutUserAgentStopsStartUpNamingTheProperty() {
        RedditProperties properties = reddit("acme", redditSource(null, null, null));

        assertThatThrownBy(() -> new RedditSources(properties, SOCIAL, backends, null, null, new ObjectMapper(), Clock.systemUTC()))
                .hasMessageStartingWith("hub.social.reddit.sources.acme.user-agent must be set");
    }

    @Test
    void redditClientIdWithoutSecretStopsStartUpNamingTheSecret() {
        RedditProperties properties = reddit("acme", redditSource("ua", "app-id", null));

        assertThatThrownBy(() -> new RedditSources(properties, SOCIAL, backends, null, null, new ObjectMapper(), Clock.systemUTC()))
                .hasMessageStartingWith("hub.social.reddit.sources.acme.client-secret must be set as well");
    }

    @Test
    void sourceNameThatCannotBeARouteIdStopsStartUp() {
        MastodonProperties properties = mastodon("acme corp", mastodonSource("t", List.of("acme"), List.of(), false));

        assertThatThrownBy(() -> new MastodonSources(properties, SOCIAL, backends, null, null, new ObjectMapper()))
                .hasMessageContaining("a source name must be");
    }

    @Test
    void redditUsesTheOAuthApiWithCredentialsAndThePublicOneWithout() {
        assertThat(redditSource("ua", "id", "secret").effectiveBaseUrl()).isEqualTo(URI.create("https://oauth.reddit.com"));
        assertThat(redditSource("ua", null, null).effectiveBaseUrl()).isEqualTo(URI.create("https://www.reddit.com"));
    }

    @Test
    void sourcesNeverPrintTheirSecrets() {
        assertThat(mastodonSource("s3cret-token", List.of("acme"), List.of(), false).toString()).doesNotContain("s3cret");
        assertThat(redditSource("ua", "app-id-1", "s3cret-secret").toString()).doesNotContain("s3cret").doesNotContain("app-id-1");
    }

    private static MastodonProperties mastodon(String name, MastodonProperties.Source source) {
        return new MastodonProperties(Map.of(name, source));
    }

    private static MastodonProperties.Source mastodonSource(String token, List<String> hashtags, List<String> search,
                                                            boolean mentions) {
        return new MastodonProperties.Source(URI.create("https://mastodon.example"), token, hashtags, search, mentions,
                Duration.ofSeconds(60), 40);
    }

    private static RedditProperties reddit(String name, RedditProperties.Source source) {
        return new RedditProperties(Map.of(name, source));
    }

    private static RedditProperties.Source redditSource(String userAgent, String clientId, String clientSecret) {
        return new RedditProperties.Source(null, List.of("acme"), List.of(), false, userAgent, clientId, clientSecret,
                URI.create("https://www.reddit.com/api/v1/access_token"), Duration.ofSeconds(60), 100);
    }
}
