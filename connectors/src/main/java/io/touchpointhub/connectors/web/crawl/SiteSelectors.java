package io.touchpointhub.connectors.web.crawl;

import java.time.format.DateTimeFormatter;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Where the posts of a site's HTML pages are, as Jsoup CSS selectors, so that a new forum or review
 * page is configuration rather than code. Every selector but {@code post} is relative to one post.
 * A selector may end in {@code @attribute} to read an attribute instead of the text
 * ({@code a.permalink@href}, {@code time@datetime}); links resolve against the page URL.
 *
 * @param post       each element this matches is one post (required for pages)
 * @param author     the author's name as shown on the site
 * @param date       when the post was written; a {@code datetime} attribute is used when present
 * @param dateFormat a {@link DateTimeFormatter} pattern for the date text (English month names), or
 *                   {@code null} for ISO-8601 and RFC 1123 dates
 * @param text       the post's text; the whole post element when {@code null}
 * @param link       the post's permalink (an {@code href} is used when present)
 * @param title      the post's or thread's title
 */
public record SiteSelectors(String post, String author, String date, String dateFormat, String text, String link,
                            String title) {

    public static final SiteSelectors NONE = new SiteSelectors(null, null, null, null, null, null, null);

    /**
     * Fails fast on a configuration that cannot work.
     *
     * @param prefix the configuration path of these selectors, for the message
     * @throws IllegalArgumentException naming the property that is missing or invalid
     */
    public void validate(String prefix) {
        if (post == null || post.isBlank()) {
            throw new IllegalArgumentException(prefix + ".post must be set to read HTML pages");
        }
        check(prefix + ".post", post);
        check(prefix + ".author", author);
        check(prefix + ".date", date);
        check(prefix + ".text", text);
        check(prefix + ".link", link);
        check(prefix + ".title", title);
        if (dateFormat != null && !dateFormat.isBlank()) {
            try {
                DateTimeFormatter.ofPattern(dateFormat);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(prefix + ".date-format is not a date-time pattern: " + e.getMessage(), e);
            }
        }
    }

    private static void check(String property, String selector) {
        if (selector == null || selector.isBlank()) {
            return;
        }
        try {
            QueryParser.parse(SelectorField.parse(selector).css());
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " is not a valid CSS selector: " + e.getMessage(), e);
        }
    }
}
