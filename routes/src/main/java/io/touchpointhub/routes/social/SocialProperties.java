package io.touchpointhub.routes.social;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every social source shares ({@code hub.social.*}); the sources themselves are under
 * {@code hub.social.mastodon} and {@code hub.social.reddit}.
 *
 * @param connectTimeout    connecting to a platform
 * @param readTimeout       waiting for bytes of an answer
 * @param callTimeout       one whole call, so a trickling answer cannot hold a poll for long
 * @param maxRateLimitWait  the longest a poll waits for a platform's rate limit to reset; a longer wait
 *                          ends the poll, and polls before the reset skip without calling
 * @param maxPagesPerPoll   pages one poll of one stream reads before it records its progress and
 *                          leaves the rest of a backlog to the next poll
 */
@Validated
@ConfigurationProperties("hub.social")
public record SocialProperties(
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("20s") @NotNull Duration readTimeout,
        @DefaultValue("60s") @NotNull Duration callTimeout,
        @DefaultValue("30s") @NotNull Duration maxRateLimitWait,
        @DefaultValue("10") @Min(1) @Max(1000) int maxPagesPerPoll) {
}
