package io.touchpointhub.connectors.social.reddit;

import io.touchpointhub.connectors.social.Page;
import io.touchpointhub.connectors.social.Reply;
import io.touchpointhub.connectors.social.SocialStream;
import okhttp3.HttpUrl;

/**
 * One Reddit listing, newest first, paged towards older things with {@code after=<fullname>} taken
 * from the listing itself (Reddit sends no {@code Link} header). The cursor is not sent as
 * {@code before}: Reddit answers an empty listing for {@code before} a thing that was since removed,
 * which would stall the stream; the poller stops at the cursor by position instead.
 */
final class RedditListing implements SocialStream {

    private final RedditClient client;
    private final String id;
    private final HttpUrl first;
    private final RedditListings listings;
    private final String what;

    RedditListing(RedditClient client, String id, HttpUrl first, RedditListings listings, String what) {
        this.client = client;
        this.id = id;
        this.first = first;
        this.listings = listings;
        this.what = what;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Page first(String since) {
        return page(first);
    }

    @Override
    public Page next(String token) {
        return page(first.newBuilder().setQueryParameter("after", token).build());
    }

    private Page page(HttpUrl url) {
        Reply reply = client.get(url, what);
        return listings.page(reply.body());
    }
}
