package io.touchpointhub.connectors.social.reddit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.ConnectorException;
import io.touchpointhub.connectors.social.Reply;
import io.touchpointhub.connectors.social.SocialHttp;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * An app-only OAuth token (client credentials grant: {@code POST /api/v1/access_token} with
 * {@code grant_type=client_credentials}, the app's id and secret as Basic auth), fetched when first
 * needed and again shortly before it expires or after the API refused it. Thread-safe.
 */
public final class RedditTokens {

    /** Renew this long before the announced expiry, so no call goes out with a token about to lapse. */
    static final Duration EARLY_RENEWAL = Duration.ofMinutes(5);

    private final HttpUrl tokenUrl;
    private final String credentials;
    private final String userAgent;
    private final SocialHttp http;
    private final ObjectMapper json;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.EPOCH;

    public RedditTokens(URI tokenUrl, String clientId, String clientSecret, String userAgent, SocialHttp http,
                        ObjectMapper json, Clock clock) {
        this.tokenUrl = HttpUrl.get(Objects.requireNonNull(tokenUrl, "tokenUrl"));
        this.credentials = Credentials.basic(Objects.requireNonNull(clientId, "clientId"),
                Objects.requireNonNull(clientSecret, "clientSecret"));
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.http = Objects.requireNonNull(http, "http");
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A valid access token, fetched if there is none or it is about to expire. */
    public synchronized String bearer() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    /** Forgets the token (the API answered 401), so the next call fetches a new one. */
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        Request request = new Request.Builder().url(tokenUrl)
                .header("Authorization", credentials)
                .header("User-Agent", userAgent)
                .post(new FormBody.Builder().add("grant_type", "client_credentials").build())
                .build();
        Reply reply = http.execute(request, "Reddit access token request");
        JsonNode answer;
        try {
            answer = json.readTree(reply.body());
        } catch (JsonProcessingException e) {
            throw new ConnectorException("Reddit access token answer is not JSON");
        }
        String accessToken = answer == null ? null : answer.path("access_token").asText(null);
        if (accessToken == null || accessToken.isBlank()) {
            throw new ConnectorException("Reddit access token answer has no access_token (error: "
                    + (answer == null ? "none" : answer.path("error").asText("none")) + ")");
        }
        long seconds = answer.path("expires_in").asLong(3600);
        token = accessToken;
        renewAt = clock.instant().plusSeconds(seconds).minus(EARLY_RENEWAL);
    }

    @Override
    public String toString() {
        return "RedditTokens[" + tokenUrl.host() + ", ****]";
    }
}
