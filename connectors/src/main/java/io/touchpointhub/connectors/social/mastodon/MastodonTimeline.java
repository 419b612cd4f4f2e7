package io.touchpointhub.connectors.social.mastodon;

import io.touchpointhub.connectors.social.LinkHeader;
import io.touchpointhub.connectors.social.Page;
import io.touchpointhub.connectors.social.Reply;
import io.touchpointhub.connectors.social.SocialStream;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * A Mastodon list that paginates with {@code Link} headers (hashtag timelines, notifications): the
 * first page asks for items newer than the cursor with {@code since_id} (still newest first), older
 * pages follow {@code rel="next"} (a {@code max_id} link) exactly as the server wrote it, as the API
 * guidelines ask. The next-link is the page token, so a catch-up resumes on the very page it stopped at.
 */
final class MastodonTimeline implements SocialStream {

    private final MastodonClient client;
    private final String id;
    private final HttpUrl first;
    private final Function<String, List<Page.Item>> items;
    private final String what;

    MastodonTimeline(MastodonClient client, String id, HttpUrl first, Function<String, List<Page.Item>> items,
                     String what) {
        this.client = client;
        this.id = id;
        this.first = first;
        this.items = items;
        this.what = what;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Page first(String since) {
        HttpUrl url = since == null ? first : first.newBuilder().setQueryParameter("since_id", since).build();
        return page(url);
    }

    @Override
    public Page next(String token) {
        HttpUrl url = HttpUrl.parse(token);
        // an unusable stored link: walking down from the newest page again to the cursor leaves no gap
        return url == null ? page(first) : page(url);
    }

    private Page page(HttpUrl url) {
        Reply reply = client.get(url, what);
        List<Page.Item> found = items.apply(reply.body());
        String next = LinkHeader.target(reply.headers().get("Link"), "next").orElse(null);
        return new Page(found, next);
    }
}
