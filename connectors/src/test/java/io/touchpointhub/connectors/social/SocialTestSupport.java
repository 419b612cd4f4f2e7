package io.touchpointhub.connectors.social;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.PayloadMapper;
import io.touchpointhub.connectors.TransientConnectorException;
import io.touchpointhub.model.Touchpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/** What the social connector tests share: resilience as configured in production, cursors, a mapping sink. */
public final class SocialTestSupport {

    private SocialTestSupport() {
    }

    /** The production shape of the Resilience4j settings (see application.yml), with short waits. */
    public static Resilience resilience(String name) {
        CircuitBreaker breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(6)
                .minimumNumberOfCalls(6)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofMinutes(1))
                .recordExceptions(TransientConnectorException.class)
                .build());
        Retry retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(3)
                .waitDuration(Duration.ofMillis(10))
                .retryExceptions(TransientConnectorException.class)
                .build());
        RateLimiter limiter = RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(1000)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofSeconds(1))
                .build());
        return new Resilience(breaker, retry, limiter);
    }

    public static SocialHttp http(String name, RateLimitHeaders headers, Duration maxRateLimitWait) {
        return new SocialHttp(client(), resilience(name), new RateLimitGate(headers, maxRateLimitWait, Clock.systemUTC()));
    }

    public static OkHttpClient client() {
        return new OkHttpClient.Builder().connectTimeout(2, TimeUnit.SECONDS).readTimeout(2, TimeUnit.SECONDS)
                .retryOnConnectionFailure(false).build();
    }

    public static String resource(String path) {
        try (InputStream in = SocialTestSupport.class.getResourceAsStream("/social/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource social/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cursors in a map. */
    public static final class MemoryCursors implements CursorStore {

        public final Map<String, String> positions = new HashMap<>();

        @Override
        public Optional<String> load(String stream) {
            return Optional.ofNullable(positions.get(stream));
        }

        @Override
        public void save(String stream, String position) {
            positions.put(stream, position);
        }
    }

    /** Maps each payload as the hub's channel intake does: touchpoints stored, rejects kept with their reason. */
    public static final class MappingSink implements PayloadSink {

        public final List<Touchpoint> stored = new ArrayList<>();
        public final List<String> deadLetters = new ArrayList<>();
        public final List<String> reasons = new ArrayList<>();
        private final PayloadMapper mapper;
        private final String source;

        public MappingSink(PayloadMapper mapper, String source) {
            this.mapper = mapper;
            this.source = source;
        }

        @Override
        public void accept(String payload) {
            try {
                stored.addAll(mapper.map(source, payload));
            } catch (InvalidTouchpointException e) {
                deadLetters.add(payload);
                reasons.add(e.getMessage());
            }
        }

        public List<String> externalIds() {
            return stored.stream().map(t -> t.key().externalId()).toList();
        }
    }
}
