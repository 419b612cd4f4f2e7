package io.touchpointhub.routes.social;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.touchpointhub.connectors.social.RateLimitGate;
import io.touchpointhub.connectors.social.RateLimitHeaders;
import io.touchpointhub.connectors.social.Resilience;
import io.touchpointhub.connectors.social.SocialHttp;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The HTTP side of every social source: one OkHttp client for the channel, built once (its connection
 * pool and dispatcher are shared), and per source a {@link SocialHttp} with its own Resilience4j
 * instances named {@code social-<platform>-<source>}. An instance configured under that exact name in
 * {@code resilience4j.*.instances} is used as is; otherwise it is created from the platform's shared
 * configuration {@code resilience4j.*.configs.social-<platform>} (see application.yml), so one slow or
 * failing server opens its own breaker and nobody else's.
 */
@Component
class SocialBackends implements DisposableBean {

    private final OkHttpClient client;
    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;
    private final RateLimiterRegistry limiters;
    private final SocialProperties properties;
    private final Clock clock;

    SocialBackends(SocialProperties properties, CircuitBreakerRegistry breakers, RetryRegistry retries,
                   RateLimiterRegistry limiters, Clock clock) {
        this.properties = properties;
        this.breakers = breakers;
        this.retries = retries;
        this.limiters = limiters;
        this.clock = clock;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.readTimeout())
                .callTimeout(properties.callTimeout())
                .followRedirects(false)
                .build();
    }

    /**
     * @param platform {@code mastodon} or {@code reddit}: the shared configuration {@code social-<platform>}
     * @param source   the configured source name
     */
    SocialHttp http(String platform, String source, RateLimitHeaders headers) {
        String config = "social-" + platform;
        String name = config + "-" + source;
        return new SocialHttp(client, resilience(name, config),
                new RateLimitGate(headers, properties.maxRateLimitWait(), clock));
    }

    Resilience resilience(String name, String config) {
        CircuitBreaker breaker = breakers.find(name).orElseGet(() -> breakers.getConfiguration(config)
                .map(c -> breakers.circuitBreaker(name, c)).orElseGet(() -> breakers.circuitBreaker(name)));
        Retry retry = retries.find(name).orElseGet(() -> retries.getConfiguration(config)
                .map(c -> retries.retry(name, c)).orElseGet(() -> retries.retry(name)));
        RateLimiter limiter = limiters.find(name).orElseGet(() -> limiters.getConfiguration(config)
                .map(c -> limiters.rateLimiter(name, c)).orElseGet(() -> limiters.rateLimiter(name)));
        return new Resilience(breaker, retry, limiter);
    }

    @Override
    public void destroy() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
