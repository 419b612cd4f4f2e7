package io.touchpointhub.connectors.social.mastodon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.ConnectorException;
import io.touchpointhub.connectors.social.Reply;
import io.touchpointhub.connectors.social.SocialHttp;
import io.touchpointhub.connectors.social.SocialStream;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The streams of one configured Mastodon source (an instance, optionally with an account's access
 * token): hashtag timelines, status searches and the account's mentions. Thread-safe.
 *
 * <p>The token is only ever sent to the instance itself: a pagination link pointing elsewhere is
 * refused, so a misbehaving server cannot make the hub hand the token to a third party.
 */
public final class MastodonClient {

    /** The most statuses Mastodon returns per page of a timeline, of notifications and of a search. */
    static final int PAGE_SIZE = 40;

    private final String source;
    private final HttpUrl baseUrl;
    private final String accessToken;
    private final SocialHttp http;
    private final MastodonPages pages;

    /**
     * @param source      the configured source name (used in messages)
     * @param baseUrl     the instance, e.g. {@code https://mastodon.social} (a path prefix is kept)
     * @param accessToken an account's token, or {@code null} for public timelines only
     */
    public MastodonClient(String source, URI baseUrl, String accessToken, SocialHttp http, ObjectMapper json) {
        this.source = Objects.requireNonNull(source, "source");
        this.baseUrl = Objects.requireNonNull(HttpUrl.get(baseUrl), "baseUrl");
        this.accessToken = accessToken == null || accessToken.isBlank() ? null : accessToken;
        this.http = Objects.requireNonNull(http, "http");
        this.pages = new MastodonPages(Objects.requireNonNull(json, "json"));
    }

    /** {@code GET /api/v1/timelines/tag/:hashtag}: public statuses with the hashtag ({@code #} optional). */
    public SocialStream hashtag(String hashtag) {
        String tag = hashtag.strip().replaceFirst("^#", "");
        HttpUrl first = endpoint("api/v1/timelines/tag").addPathSegment(tag)
                .addQueryParameter("limit", String.valueOf(PAGE_SIZE)).build();
        return new MastodonTimeline(this, "tag:" + tag.toLowerCase(Locale.ROOT), first, pages::statuses,
                "Mastodon tag timeline of source " + source);
    }

    /** {@code GET /api/v1/notifications?types[]=mention}: statuses mentioning the token's account. */
    public SocialStream mentions() {
        requireToken("mentions");
        HttpUrl first = endpoint("api/v1/notifications").addQueryParameter("types[]", "mention")
                .addQueryParameter("limit", String.valueOf(PAGE_SIZE)).build();
        return new MastodonTimeline(this, "mentions", first, pages::mentions,
                "Mastodon mentions of source " + source);
    }

    /** {@code GET /api/v2/search?type=statuses&q=}: statuses matching a query (needs a token). */
    public SocialStream search(String query) {
        requireToken("search");
        HttpUrl first = endpoint("api/v2/search").addQueryParameter("q", query)
                .addQueryParameter("type", "statuses")
                .addQueryParameter("limit", String.valueOf(PAGE_SIZE)).build();
        return new MastodonSearch(this, "search:" + query.strip(), first, pages,
                "Mastodon search of source " + source);
    }

    /** A GET on the instance, with the token when there is one. */
    Reply get(HttpUrl url, String what) {
        if (!sameOrigin(url)) {
            throw new ConnectorException(what + ": a pagination link leads away from the instance; not followed");
        }
        Request.Builder request = new Request.Builder().url(url).header("Accept", "application/json");
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return http.execute(request.build(), what);
    }

    private HttpUrl.Builder endpoint(String path) {
        return baseUrl.newBuilder().addPathSegments(path);
    }

    private boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(baseUrl.scheme()) && url.host().equalsIgnoreCase(baseUrl.host())
                && url.port() == baseUrl.port();
    }

    private void requireToken(String stream) {
        if (accessToken == null) {
            throw new IllegalStateException("Mastodon " + stream + " of source " + source + " needs an access token");
        }
    }
}
