package io.touchpointhub.connectors.web.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Turns a fetched document into the items it holds: feeds with Jsoup's XML parser, pages with its HTML
 * parser and the site's selectors. A document that gives no items at all comes back as a
 * {@link CrawledDocument} to keep as a dead letter, so that one broken feed never stops a site.
 * Stateless and thread-safe.
 */
public final class CrawlReader {

    /** Either the items of a document, or the document itself when it is unreadable, with the reason. */
    public record Reading(List<CrawledItem> items, CrawledDocument unreadable, String reason) {

        public boolean readable() {
            return unreadable == null;
        }
    }

    /**
     * @param body    the bytes as fetched
     * @param charset the charset the server declared, or {@code null} to detect it (BOM, XML
     *                declaration, HTML meta)
     */
    public Reading read(CrawlSite site, DocumentKind kind, String url, byte[] body, String charset) {
        Document document = parse(kind, url, body, charset);
        try {
            return new Reading(items(kind, document, url, site), null, null);
        } catch (UnreadableDocumentException e) {
            Charset detected = document.charset();
            return new Reading(List.of(), CrawledDocument.of(site, kind, url, new String(body, detected)), e.getMessage());
        }
    }

    /**
     * Reads a document kept as a dead letter again.
     *
     * @throws UnreadableDocumentException when it still gives no items
     */
    public List<CrawledItem> read(CrawledDocument document) {
        Parser parser = parser(document.kind());
        return items(document.kind(), Jsoup.parse(document.body(), document.url(), parser), document.url(),
                document.site());
    }

    private static List<CrawledItem> items(DocumentKind kind, Document document, String url, CrawlSite site) {
        return kind == DocumentKind.FEED ? FeedParser.items(document, url, site) : PageExtractor.items(document, url, site);
    }

    private static Document parse(DocumentKind kind, String url, byte[] body, String charset) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, url, parser(kind));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    private static Parser parser(DocumentKind kind) {
        return kind == DocumentKind.FEED ? Parser.xmlParser() : Parser.htmlParser();
    }
}
