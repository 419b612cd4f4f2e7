package io.touchpointhub.routes.templates;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.touchpointhub.connectors.PayloadMapper;
import io.touchpointhub.connectors.TransientConnectorException;
import io.touchpointhub.connectors.generic.JsonApiPoller;
import io.touchpointhub.connectors.generic.JsonItemMapper;
import io.touchpointhub.connectors.generic.JsonItemMapping;
import io.touchpointhub.connectors.generic.WebhookSignature;
import io.touchpointhub.identity.store.SourceCursors;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.routes.channels.ChannelIntake;
import io.touchpointhub.routes.crawl.TemplatedFeeds;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.apache.camel.RouteTemplateContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds the local bean of each templated channel route from its parameters, registers the channel's
 * payload mappers (so that its dead letters can be replayed) and keeps the webhook channels by source
 * for {@link WebhookChannelController}.
 */
@Component
public class TemplateChannels {

    private final ChannelIntake intake;
    private final SourceCursors cursors;
    private final CircuitBreakerRegistry breakers;
    private final TemplatedFeeds feeds;
    /* one client (connection pool, dispatcher) for every templated channel */
    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30))
            .callTimeout(Duration.ofSeconds(60)).build();
    private final Map<String, WebhookReceiver> webhooks = new ConcurrentHashMap<>();

    TemplateChannels(ChannelIntake intake, SourceCursors cursors, ObjectProvider<CircuitBreakerRegistry> breakers,
                     TemplatedFeeds feeds, @Value("${hub.channels-dir:}") String channelsDir) throws IOException {
        if (!channelsDir.isBlank()) {
            // Camel reads the channel files from here when it starts, after the beans: the first run has none
            Files.createDirectories(Path.of(channelsDir));
        }
        this.intake = intake;
        this.cursors = cursors;
        this.breakers = breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults);
        this.feeds = feeds;
    }

    JsonApiPollTask pollTask(RouteTemplateContext context) {
        TemplateParameters parameters = new TemplateParameters(context);
        JsonItemMapper items = new JsonItemMapper(parameters.mapping());
        HttpUrl url = HttpUrl.parse(parameters.required("url"));
        if (url == null) {
            throw new IllegalArgumentException("Channel template parameter 'url' must be an http(s) URL");
        }
        String authorization = parameters.optional("authorization");
        JsonApiPoller poller = new JsonApiPoller(http, new JsonApiPoller.Settings(url, parameters.optional("items"),
                parameters.optional("cursor"), parameters.optional("cursorParam"),
                authorization == null ? Map.of() : Map.of("Authorization", authorization)));
        PageMapper pages = new PageMapper(items.format() + "-page", poller, items);
        intake.register(items);
        intake.register(pages);
        String source = parameters.source();
        return new JsonApiPollTask(items.mapping().channel(), source, items.format(), pages.format(), poller,
                breaker("channel-" + source), intake, cursors);
    }

    /*
     * Only transient trouble (timeouts, 429, 5xx) opens the breaker: a 401 or 404 is a configuration
     * mistake, reported as such on every poll rather than hidden behind "paused" (found when a channel's
     * API answered 404 for a while and the breaker then skipped the first real answers for a minute).
     */
    private CircuitBreaker breaker(String name) {
        return breakers.circuitBreaker(name, transientOnly(breakers.getDefaultConfig()));
    }

    /*
     * A predicate, not recordExceptions(...): a config copied from the default one carries its "record
     * everything" predicate, which recordExceptions only adds to (so 404s still opened the breaker).
     */
    static CircuitBreakerConfig transientOnly(CircuitBreakerConfig base) {
        return CircuitBreakerConfig.from(base)
                .recordException(TransientConnectorException.class::isInstance)
                .build();
    }

    FeedPollTask feedTask(RouteTemplateContext context) {
        TemplateParameters parameters = new TemplateParameters(context);
        URI url;
        try {
            url = URI.create(parameters.required("url"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Channel template parameter 'url' must be a URL", e);
        }
        return new FeedPollTask(feeds.poller(parameters.source(), url, parameters.optional("type")));
    }

    WebhookReceiver webhook(RouteTemplateContext context) {
        TemplateParameters parameters = new TemplateParameters(context);
        JsonItemMapper items = new JsonItemMapper(parameters.mapping());
        WebhookSignature signature = new WebhookSignature(parameters.required("algorithm"),
                parameters.required("secret"), encoding(parameters.required("encoding")), parameters.optional("prefix"));
        intake.register(items);
        WebhookReceiver receiver = new WebhookReceiver(items.mapping().channel(), parameters.source(),
                items.format(), parameters.optional("items"), parameters.required("signatureHeader"), signature,
                intake);
        webhooks.put(receiver.source(), receiver);
        return receiver;
    }

    Optional<WebhookReceiver> webhook(String source) {
        return Optional.ofNullable(webhooks.get(source));
    }

    private static WebhookSignature.Encoding encoding(String value) {
        try {
            return WebhookSignature.Encoding.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Channel template parameter 'encoding' must be HEX or BASE64", e);
        }
    }

    /** Replays a whole page that was kept as a dead letter because it could not be read. */
    private record PageMapper(String format, JsonApiPoller poller, JsonItemMapper items) implements PayloadMapper {
        @Override
        public List<Touchpoint> map(String source, String payload) {
            List<Touchpoint> touchpoints = new ArrayList<>();
            for (String item : poller.page(payload, null).items()) {
                touchpoints.addAll(items.map(source, item));
            }
            return touchpoints;
        }
    }

}
