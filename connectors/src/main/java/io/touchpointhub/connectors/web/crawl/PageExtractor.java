package io.touchpointhub.connectors.web.crawl;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads the posts of an HTML page (a forum thread, a review page, a news comment section) with the
 * site's {@link SiteSelectors}.
 */
final class PageExtractor {

    private PageExtractor() {
    }

    /**
     * @throws UnreadableDocumentException when the site has no post selector or it matches nothing: for a
     *                                     page that used to have posts, its layout changed
     */
    static List<CrawledItem> items(Document html, String url, CrawlSite site) {
        SiteSelectors selectors = site.selectors();
        if (selectors.post() == null || selectors.post().isBlank()) {
            throw new UnreadableDocumentException("the site has no post selector for its pages");
        }
        Elements posts = html.select(SelectorField.parse(selectors.post()).css());
        if (posts.isEmpty()) {
            throw new UnreadableDocumentException("the post selector matches nothing in the page");
        }
        List<CrawledItem> items = new ArrayList<>(posts.size());
        for (Element post : posts) {
            items.add(item(post, html, url, site));
        }
        return items;
    }

    private static CrawledItem item(Element post, Document page, String url, CrawlSite site) {
        SiteSelectors s = site.selectors();
        String text = s.text() == null || s.text().isBlank() ? post.text() : value(s.text(), post, null);
        String link = value(s.link(), post, "href");
        // a thread's title usually sits above its posts, so it may be found in the page instead
        String title = value(s.title(), post, null);
        if (title == null && s.title() != null && !s.title().isBlank()) {
            title = value(s.title(), page, null);
        }
        return new CrawledItem(site.name(), site.typeOf(DocumentKind.PAGE), url, null,
                FeedParser.resolve(url, link),
                title,
                value(s.author(), post, null),
                null,
                value(s.date(), post, "datetime"),
                FeedParser.blankToNull(s.dateFormat()),
                site.timeZone(),
                FeedParser.blankToNull(text),
                List.of());
    }

    private static String value(String selector, Element scope, String preferredAttribute) {
        if (selector == null || selector.isBlank()) {
            return null;
        }
        return FeedParser.blankToNull(SelectorField.parse(selector).value(scope, preferredAttribute));
    }
}
