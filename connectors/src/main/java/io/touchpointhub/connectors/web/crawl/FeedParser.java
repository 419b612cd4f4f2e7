package io.touchpointhub.connectors.web.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed parsed with Jsoup's XML parser. Lenient
 * like feed readers are (unknown elements ignored, HTML in descriptions reduced to text), strict only
 * about the one thing that makes a document a feed: its root element.
 */
final class FeedParser {

    /** RSS 2.0 {@code <author>}: "an e-mail address", conventionally {@code jo@example.com (Jo Bloggs)}. */
    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("([^\\s()<>]+@[^\\s()<>]+)\\s*(?:\\((.*)\\))?");
    private static final Pattern NAME_THEN_EMAIL = Pattern.compile("(.*?)\\s*<([^\\s()<>]+@[^\\s()<>]+)>");

    private FeedParser() {
    }

    static List<CrawledItem> items(Document xml, String url, CrawlSite site) {
        Element root = xml.children().first();
        String rootName = root == null ? "" : root.tagName().toLowerCase(Locale.ROOT);
        return switch (rootName) {
            case "rss" -> {
                Element channel = child(root, "channel");
                if (channel == null) {
                    throw new UnreadableDocumentException("the RSS document has no <channel> element");
                }
                yield rssItems(channel, url, site);
            }
            case "rdf:rdf" -> rssItems(root, url, site);
            case "feed" -> atomEntries(root, url, site);
            default -> throw new UnreadableDocumentException("the document is not an RSS or Atom feed (root element <"
                    + (rootName.isEmpty() ? "none" : rootName.substring(0, Math.min(40, rootName.length()))) + ">)");
        };
    }

    private static List<CrawledItem> rssItems(Element parent, String url, CrawlSite site) {
        List<CrawledItem> items = new ArrayList<>();
        for (Element item : children(parent, "item")) {
            Author author = rssAuthor(text(item, "author"), text(item, "dc:creator"));
            String content = first(text(item, "content:encoded"), text(item, "description"));
            items.add(new CrawledItem(site.name(), site.typeOf(DocumentKind.FEED), url,
                    text(item, "guid"),
                    resolve(url, first(text(item, "link"), item.attr("rdf:about"))),
                    htmlText(text(item, "title")),
                    author.name(), author.email(),
                    first(text(item, "pubDate"), text(item, "dc:date")),
                    null, site.timeZone(), htmlText(content),
                    texts(item, "category", "dc:subject")));
        }
        return items;
    }

    private static List<CrawledItem> atomEntries(Element feed, String url, CrawlSite site) {
        List<CrawledItem> items = new ArrayList<>();
        Element feedAuthor = child(feed, "author");
        for (Element entry : children(feed, "entry")) {
            Element author = child(entry, "author") != null ? child(entry, "author") : feedAuthor;
            items.add(new CrawledItem(site.name(), site.typeOf(DocumentKind.FEED), url,
                    text(entry, "id"),
                    resolve(url, atomLink(entry)),
                    atomText(child(entry, "title")),
                    author == null ? null : text(author, "name"),
                    author == null ? null : text(author, "email"),
                    first(text(entry, "published"), text(entry, "updated")),
                    null, site.timeZone(),
                    first(atomText(child(entry, "content")), atomText(child(entry, "summary"))),
                    children(entry, "category").stream().map(c -> blankToNull(c.attr("term")))
                            .filter(Objects::nonNull).toList()));
        }
        return items;
    }

    /** The entry's {@code alternate} link (the default relation), HTML preferred. */
    private static String atomLink(Element entry) {
        String found = null;
        for (Element link : children(entry, "link")) {
            String rel = link.attr("rel");
            if (rel.isEmpty() || "alternate".equals(rel)) {
                if (found == null || link.attr("type").contains("html")) {
                    found = blankToNull(link.attr("href"));
                }
            }
        }
        return found;
    }

    /** Atom text constructs: {@code text} as is, {@code html} escaped markup, {@code xhtml} inline markup. */
    private static String atomText(Element element) {
        if (element == null) {
            return null;
        }
        return "html".equals(element.attr("type")) ? htmlText(element.wholeText()) : blankToNull(element.text());
    }

    private static Author rssAuthor(String author, String creator) {
        if (author != null) {
            Matcher emailFirst = EMAIL_THEN_NAME.matcher(author);
            if (emailFirst.matches()) {
                return new Author(first(blankToNull(emailFirst.group(2)), creator), emailFirst.group(1));
            }
            Matcher nameFirst = NAME_THEN_EMAIL.matcher(author);
            if (nameFirst.matches()) {
                return new Author(first(blankToNull(nameFirst.group(1)), creator), nameFirst.group(2));
            }
        }
        return new Author(first(creator, author), null);
    }

    private record Author(String name, String email) {
    }

    /** Markup (often escaped or in CDATA inside the feed) reduced to its text. */
    static String htmlText(String html) {
        return html == null ? null : blankToNull(Jsoup.parseBodyFragment(html).text());
    }

    /** An absolute http(s) URL for a link as written (often relative to the document), else {@code null}. */
    static String resolve(String base, String link) {
        HttpUrl baseUrl = HttpUrl.parse(base);
        HttpUrl resolved = link == null || link.isBlank() ? null
                : baseUrl != null ? baseUrl.resolve(link.strip()) : HttpUrl.parse(link.strip());
        return resolved == null ? null : resolved.toString();
    }

    private static Element child(Element parent, String name) {
        return parent.children().stream().filter(c -> c.tagName().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static List<Element> children(Element parent, String name) {
        return parent.children().stream().filter(c -> c.tagName().equalsIgnoreCase(name)).toList();
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : blankToNull(child.wholeText().strip());
    }

    private static List<String> texts(Element parent, String... names) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            children(parent, name).stream().map(c -> blankToNull(c.text())).filter(Objects::nonNull)
                    .forEach(found::add);
        }
        return found;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
