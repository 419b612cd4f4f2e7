package io.touchpointhub.routes.social;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reddit sources, {@code hub.social.reddit.sources.<name>.*}; none by default.
 */
@Validated
@ConfigurationProperties("hub.social.reddit")
public record RedditProperties(@DefaultValue Map<String, @Valid Source> sources) {

    static final URI OAUTH_API = URI.create("https://oauth.reddit.com");
    static final URI PUBLIC_API = URI.create("https://www.reddit.com");

    /**
     * @param baseUrl       the API; by default {@code https://oauth.reddit.com} with app credentials,
     *                      else {@code https://www.reddit.com}
     * @param subreddits    subreddits whose new posts to follow (without {@code r/})
     * @param search        site searches to follow (newest first)
     * @param comments      whether to follow the subreddits' new comments too
     * @param userAgent     required by Reddit, identifying: {@code <platform>:<app id>:<version> (by /u/<user>)}
     * @param clientId      app-only OAuth client id (optional, e.g. {@code ${REDDIT_CLIENT_ID}})
     * @param clientSecret  its secret (from the environment, e.g. {@code ${REDDIT_CLIENT_SECRET}})
     * @param tokenUrl      where app-only tokens are issued
     * @param pollInterval  time between polls of this source
     * @param backfillLimit things a stream's first poll reads at most
     */
    public record Source(
            URI baseUrl,
            @DefaultValue List<@NotBlank String> subreddits,
            @DefaultValue List<@NotBlank String> search,
            @DefaultValue("false") boolean comments,
            String userAgent,
            String clientId,
            String clientSecret,
            @DefaultValue("https://www.reddit.com/api/v1/access_token") @NotNull URI tokenUrl,
            @DefaultValue("60s") @NotNull Duration pollInterval,
            @DefaultValue("100") @Min(1) @Max(10_000) int backfillLimit) {

        boolean hasCredentials() {
            return clientId != null && !clientId.isBlank();
        }

        URI effectiveBaseUrl() {
            if (baseUrl != null) {
                return baseUrl;
            }
            return hasCredentials() ? OAUTH_API : PUBLIC_API;
        }

        @Override
        public String toString() {
            return "Source[baseUrl=" + effectiveBaseUrl() + ", subreddits=" + subreddits + ", search=" + search
                    + ", comments=" + comments + ", clientId=" + (hasCredentials() ? "****" : "none")
                    + ", clientSecret=****, pollInterval=" + pollInterval + "]";
        }
    }
}
