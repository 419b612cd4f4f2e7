package io.touchpointhub.connectors.social.mastodon;

import io.touchpointhub.connectors.social.Page;
import io.touchpointhub.connectors.social.Reply;
import io.touchpointhub.connectors.social.SocialStream;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Status search ({@code /api/v2/search}). Its answer is an object, not a list, and carries no
 * {@code Link} header, so older pages are asked for with {@code max_id} set to the oldest status of
 * the page before; {@code since_id} is not a search parameter, the poller stops at the cursor instead.
 * Results are newest first on current Mastodon versions; the poller relies on that order.
 */
final class MastodonSearch implements SocialStream {

    private final MastodonClient client;
    private final String id;
    private final HttpUrl first;
    private final MastodonPages pages;
    private final String what;

    MastodonSearch(MastodonClient client, String id, HttpUrl first, MastodonPages pages, String what) {
        this.client = client;
        this.id = id;
        this.first = first;
        this.pages = pages;
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
        return page(first.newBuilder().setQueryParameter("max_id", token).build());
    }

    private Page page(HttpUrl url) {
        Reply reply = client.get(url, what);
        List<Page.Item> items = pages.searchResults(reply.body());
        String oldest = items.stream().map(Page.Item::position).filter(p -> p != null)
                .reduce((newer, older) -> older).orElse(null);
        return new Page(items, oldest);
    }
}
