package io.touchpointhub.connectors.social.reddit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.social.Reply;
import io.touchpointhub.connectors.social.SocialHttp;
import io.touchpointhub.connectors.social.SocialStream;
import io.touchpointhub.connectors.social.UnexpectedStatusException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The streams of one configured Reddit source: new posts and new comments of subreddits, and site
 * searches sorted by new. Every call carries the source's identifying {@code User-Agent} (Reddit
 * throttles or blocks generic ones) and, when the source has app credentials, an app-only bearer token
 * (then the base URL is {@code https://oauth.reddit.com}). Thread-safe.
 */
public final class RedditClient {

    /** The most things Reddit returns per listing page. */
    static final int PAGE_SIZE = 100;

    private final String source;
    private final HttpUrl baseUrl;
    private final String userAgent;
    private final RedditTokens tokens;
    private final SocialHttp http;
    private final RedditListings listings;

    /**
     * @param baseUrl   {@code https://oauth.reddit.com} with a token, {@code https://www.reddit.com} without
     * @param userAgent identifying, as Reddit's API rules ask: {@code <platform>:<app id>:<version> (by /u/<user>)}
     * @param tokens    the app-only OAuth tokens, or {@code null} for anonymous calls
     */
    public RedditClient(String source, URI baseUrl, String userAgent, RedditTokens tokens, SocialHttp http,
                        ObjectMapper json) {
        this.source = Objects.requireNonNull(source, "source");
        this.baseUrl = HttpUrl.get(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.tokens = tokens;
        this.http = Objects.requireNonNull(http, "http");
        this.listings = new RedditListings(Objects.requireNonNull(json, "json"));
    }

    /** {@code /r/{subreddit}/new}: the subreddit's posts ({@code t3}), newest first. */
    public SocialStream newPosts(String subreddit) {
        String name = subredditName(subreddit);
        return new RedditListing(this, "r/" + name.toLowerCase(Locale.ROOT), listing("r/" + name + "/new.json"),
                listings, "Reddit new posts of a subreddit of source " + source);
    }

    /** {@code /r/{subreddit}/comments}: the subreddit's comments ({@code t1}), newest first. */
    public SocialStream newComments(String subreddit) {
        String name = subredditName(subreddit);
        return new RedditListing(this, "r/" + name.toLowerCase(Locale.ROOT) + "/comments",
                listing("r/" + name + "/comments.json"), listings,
                "Reddit new comments of a subreddit of source " + source);
    }

    /** {@code /search?q=&sort=new&type=link}: posts matching a query across Reddit, newest first. */
    public SocialStream search(String query) {
        HttpUrl first = listing("search.json").newBuilder().addQueryParameter("q", query)
                .addQueryParameter("sort", "new").addQueryParameter("type", "link").build();
        return new RedditListing(this, "search:" + query.strip(), first, listings, "Reddit search of source " + source);
    }

    Reply get(HttpUrl url, String what) {
        Request.Builder request = new Request.Builder().url(url)
                .header("User-Agent", userAgent)
                .header("Accept", "application/json");
        if (tokens != null) {
            request.header("Authorization", "bearer " + tokens.bearer());
        }
        try {
            return http.execute(request.build(), what);
        } catch (UnexpectedStatusException e) {
            if (e.status() == 401 && tokens != null) {
                tokens.invalidate();
            }
            throw e;
        }
    }

    /** {@code raw_json=1}: text as written, instead of HTML-escaped for Reddit's legacy clients. */
    private HttpUrl listing(String path) {
        return baseUrl.newBuilder().addPathSegments(path)
                .addQueryParameter("limit", String.valueOf(PAGE_SIZE))
                .addQueryParameter("raw_json", "1").build();
    }

    private static String subredditName(String subreddit) {
        return subreddit.strip().replaceFirst("^/?r/", "");
    }
}
