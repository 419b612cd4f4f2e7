package io.touchpointhub.connectors.social;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.touchpointhub.connectors.ConnectorException;
import io.touchpointhub.connectors.TransientConnectorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Makes one backend's HTTP calls: through its {@link RateLimitGate}, then Resilience4j's retry, circuit
 * breaker and rate limiter (in that order, as Resilience4j's own aspects nest them), then OkHttp, and
 * classifies what comes back:
 *
 * <ul>
 *   <li>2xx: the {@link Reply};</li>
 *   <li>429: the gate closes until the announced reset and the call is made once more after waiting,
 *       when the wait is short enough; else {@link RateLimitedException};</li>
 *   <li>5xx, 408, I/O errors and timeouts: {@link TransientConnectorException}, retried with back-off
 *       and counted by the breaker;</li>
 *   <li>an open breaker: {@link BackendUnavailableException} without a call;</li>
 *   <li>other statuses: {@link UnexpectedStatusException}, neither retried nor counted.</li>
 * </ul>
 *
 * <p>Messages name the call ({@code what}) and the status, never a body. Thread-safe.
 */
public final class SocialHttp {

    /** A page of 40 statuses or 100 Reddit things is far below this; anything larger is not a page. */
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;
    private static final int ATTEMPTS_AFTER_429 = 2;

    private final OkHttpClient client;
    private final Resilience resilience;
    private final RateLimitGate gate;

    /**
     * @param client     the channel's shared client (or a {@code newBuilder()} of it with this backend's timeouts)
     * @param resilience this backend's Resilience4j instances
     * @param gate       this backend's platform rate limit
     */
    public SocialHttp(OkHttpClient client, Resilience resilience, RateLimitGate gate) {
        this.client = Objects.requireNonNull(client, "client");
        this.resilience = Objects.requireNonNull(resilience, "resilience");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    /**
     * @param what names the call in exception messages: {@code "Mastodon tag timeline of source acme"}
     */
    public Reply execute(Request request, String what) {
        for (int attempt = 1; ; attempt++) {
            gate.awaitTurn(what);
            Reply reply = guarded(request, what);
            if (reply.code() != 429) {
                return reply;
            }
            Instant until = gate.limited(reply.headers());
            if (attempt >= ATTEMPTS_AFTER_429) {
                throw new RateLimitedException(what + " answered HTTP 429 until " + until, until);
            }
        }
    }

    private Reply guarded(Request request, String what) {
        CircuitBreaker breaker = resilience.circuitBreaker();
        RateLimiter limiter = resilience.rateLimiter();
        Supplier<Reply> send = () -> send(request, what);
        Supplier<Reply> chain = Retry.decorateSupplier(resilience.retry(),
                CircuitBreaker.decorateSupplier(breaker, RateLimiter.decorateSupplier(limiter, send)));
        try {
            return chain.get();
        } catch (CallNotPermittedException e) {
            throw new BackendUnavailableException(what + " skipped: circuit breaker " + breaker.getName() + " is open", e);
        } catch (RequestNotPermitted e) {
            throw new RateLimitedException(what + " got no permit from rate limiter " + limiter.getName() + " in time", null);
        }
    }

    private Reply send(Request request, String what) {
        try (Response response = client.newCall(request).execute()) {
            gate.observe(response.headers());
            int code = response.code();
            if (code == 429) {
                return new Reply(code, response.headers(), "");
            }
            if (code >= 500 || code == 408) {
                throw new TransientConnectorException(what + " answered HTTP " + code);
            }
            if (code >= 400) {
                throw new UnexpectedStatusException(what + " answered HTTP " + code, code);
            }
            return new Reply(code, response.headers(), body(response.body(), what));
        } catch (IOException e) {
            throw new TransientConnectorException(what + " failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String body(ResponseBody body, String what) throws IOException {
        if (body == null) {
            return "";
        }
        BufferedSource source = body.source();
        if (source.request(MAX_BODY_BYTES + 1)) {
            throw new ConnectorException(what + " answered with a body over " + MAX_BODY_BYTES + " bytes");
        }
        MediaType type = body.contentType();
        return source.readString(type == null || type.charset() == null ? StandardCharsets.UTF_8 : type.charset());
    }
}
