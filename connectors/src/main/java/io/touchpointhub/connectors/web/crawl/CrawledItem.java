package io.touchpointhub.connectors.web.crawl;

import java.util.List;

/**
 * One feed item or page post as found, before it becomes a touchpoint: the JSON payload handed to
 * intake (formats {@code web-feed-item} and {@code web-page-post}) and kept as the dead letter when it
 * cannot be mapped. Values are as the site gave them (the date unparsed), so a fixed mapper can replay
 * the item; only markup is already reduced to plain text.
 *
 * @param site        the configured site name
 * @param type        the touchpoint type ({@code article}, {@code post}, {@code review})
 * @param documentUrl the feed or page the item was found in
 * @param id          the feed's id for the item (RSS {@code guid}, Atom {@code id}), or {@code null}
 * @param link        the item's permalink, absolute, or {@code null}
 * @param title       plain-text title, or {@code null}
 * @param author      the author's name or handle as shown, or {@code null}
 * @param authorEmail the author's e-mail when the feed gives one, or {@code null}
 * @param published   the date as written in the document, or {@code null}
 * @param dateFormat  the site's pattern for {@code published}, or {@code null} for ISO-8601 / RFC 1123
 * @param timeZone    the zone of a {@code published} without offset
 * @param text        plain text of the item, or {@code null}
 * @param categories  categories or tags the document gives, possibly none
 */
public record CrawledItem(
        String site,
        String type,
        String documentUrl,
        String id,
        String link,
        String title,
        String author,
        String authorEmail,
        String published,
        String dateFormat,
        String timeZone,
        String text,
        List<String> categories) {

    public CrawledItem {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Ids only: the rest quotes people. */
    @Override
    public String toString() {
        return "CrawledItem[" + site + ", " + (id != null ? id : link) + "]";
    }
}
