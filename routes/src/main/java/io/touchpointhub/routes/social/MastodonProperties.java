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
 * Mastodon sources, {@code hub.social.mastodon.sources.<name>.*}; none by default. A source is one
 * instance, optionally with one account's access token (from the environment).
 */
@Validated
@ConfigurationProperties("hub.social.mastodon")
public record MastodonProperties(@DefaultValue Map<String, @Valid Source> sources) {

    /**
     * @param baseUrl       the instance, e.g. {@code https://mastodon.social}
     * @param accessToken   the account's token (scope {@code read}); needed for search and mentions,
     *                      e.g. {@code ${MASTODON_ACME_TOKEN}}
     * @param hashtags      hashtag timelines to follow, without {@code #}
     * @param search        status searches to follow (need the token)
     * @param mentions      whether to follow mentions of the token's account
     * @param pollInterval  time between polls of this source
     * @param backfillLimit statuses a stream's first poll reads at most
     */
    public record Source(
            @NotNull URI baseUrl,
            String accessToken,
            @DefaultValue List<@NotBlank String> hashtags,
            @DefaultValue List<@NotBlank String> search,
            @DefaultValue("false") boolean mentions,
            @DefaultValue("60s") @NotNull Duration pollInterval,
            @DefaultValue("40") @Min(1) @Max(10_000) int backfillLimit) {

        boolean hasToken() {
            return accessToken != null && !accessToken.isBlank();
        }

        @Override
        public String toString() {
            return "Source[baseUrl=" + baseUrl + ", accessToken=" + (hasToken() ? "****" : "none") + ", hashtags="
                    + hashtags + ", search=" + search + ", mentions=" + mentions + ", pollInterval=" + pollInterval + "]";
        }
    }
}
