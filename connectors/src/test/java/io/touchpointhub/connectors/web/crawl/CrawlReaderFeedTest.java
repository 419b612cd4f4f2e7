package io.touchpointhub.connectors.web.crawl;

import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.BLOG;
import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feeds shaped like WordPress RSS, an RSS 2.0 feed with author e-mails, Blogger and GitHub Atom. */
class CrawlReaderFeedTest {

    private static final String FEED_URL = "https://blog.acme-coffee.example/feed/";
    private final CrawlReader reader = new CrawlReader();

    @Test
    void readsWordPressItemsWithGuidCreatorDateCategoriesAndPlainText() {
        List<CrawledItem> items = read("wordpress-rss.xml");

        assertThat(items).hasSize(2);
        CrawledItem item = items.get(0);
        assertThat(item.site()).isEqualTo("acme-blog");
        assertThat(item.type()).isEqualTo("article");
        assertThat(item.documentUrl()).isEqualTo(FEED_URL);
        assertThat(item.id()).isEqualTo("https://blog.acme-coffee.example/?p=1423");
        assertThat(item.link()).isEqualTo("https://blog.acme-coffee.example/2024/09/03/new-espresso-blend/");
        assertThat(item.title()).isEqualTo("Our new espresso blend is here");
        assertThat(item.author()).isEqualTo("Maria Lopez");
        assertThat(item.authorEmail()).isNull();
        assertThat(item.published()).isEqualTo("Tue, 03 Sep 2024 08:12:44 +0000");
        assertThat(item.categories()).containsExactly("Announcements", "Espresso");
        assertThat(item.text()).startsWith("After six months of tasting sessions we are proud to present Midnight Roast,")
                .contains("Sidama \u2013 thick crema").doesNotContain("<p>", "<strong>", "<img");
        assertThat(items.get(1).title()).isEqualTo("Why our grinders got slower \u2013 and better");
    }

    @Test
    void readsRssAuthorEmailsAndResolvesRelativeLinks() {
        List<CrawledItem> items = reader.read(BLOG, DocumentKind.FEED, "https://support.acme-coffee.example/rss",
                bytes("rss-authors.xml"), null).items();

        assertThat(items.get(0).authorEmail()).isEqualTo("jane.doe@example.org");
        assertThat(items.get(0).author()).isEqualTo("Jane Doe");
        assertThat(items.get(0).text()).isEqualTo("How often should I descale? Every 200 shots, says the manual.");
        assertThat(items.get(1).authorEmail()).isEqualTo("ken@example.net");
        assertThat(items.get(1).author()).isNull();
        assertThat(items.get(1).id()).isNull();
        assertThat(items.get(1).link()).isEqualTo("https://support.acme-coffee.example/answers/warranty-abroad");
    }

    @Test
    void readsBloggerEntriesWithTheirAlternateLinkAndHtmlContentAsText() {
        List<CrawledItem> items = read("blogger-atom.xml");

        assertThat(items).hasSize(2);
        CrawledItem entry = items.get(0);
        assertThat(entry.id()).isEqualTo("tag:blogger.com,1999:blog-4815162342.post-7001");
        assertThat(entry.link()).isEqualTo("https://beannotes.blogspot.com/2024/08/acme-burr-grinder-three-months-in.html");
        assertThat(entry.title()).isEqualTo("Acme Burr Grinder, three months in");
        assertThat(entry.author()).isEqualTo("Tom Baker");
        assertThat(entry.authorEmail()).isEqualTo("noreply@blogger.com");
        assertThat(entry.published()).isEqualTo("2024-08-30T09:15:00.001+02:00");
        assertThat(entry.text()).isEqualTo("I bought the Acme Burr Grinder in May. The grind is consistent, but the "
                + "hopper lid cracked after three months & support took two weeks to answer.");
        assertThat(entry.categories()).containsExactly("grinders", "reviews");
    }

    @Test
    void readsGitHubReleaseEntryDatedByItsUpdateTime() {
        CrawledItem entry = read("github-releases.atom").get(0);

        assertThat(entry.link()).isEqualTo("https://github.com/acme-coffee/roaster/releases/tag/v2.1.0");
        assertThat(entry.author()).isEqualTo("octocat");
        assertThat(entry.published()).isEqualTo("2024-09-01T12:00:05Z");
        assertThat(entry.text()).isEqualTo("What's Changed Faster roast profiles by @octocat");
    }

    @Test
    void readsRss1ItemsWithDublinCoreFields() {
        String rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://news.example/rss"><title>News</title></channel>
                  <item rdf:about="https://news.example/42">
                    <title>Acme opens a roastery</title>
                    <link>https://news.example/42</link>
                    <description>In Leeds.</description>
                    <dc:creator>R. Reporter</dc:creator>
                    <dc:date>2024-09-01T08:00:00Z</dc:date>
                  </item>
                </rdf:RDF>""";

        List<CrawledItem> items = reader.read(BLOG, DocumentKind.FEED, "https://news.example/rss",
                rdf.getBytes(StandardCharsets.UTF_8), null).items();

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("https://news.example/42");
            assertThat(item.author()).isEqualTo("R. Reporter");
            assertThat(item.published()).isEqualTo("2024-09-01T08:00:00Z");
        });
    }

    @Test
    void decodesTheCharsetTheXmlDeclarationNames() {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>Caf\u00e9 cr\u00e8me</title></item></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);

        List<CrawledItem> items = reader.read(BLOG, DocumentKind.FEED, FEED_URL, latin1, null).items();

        assertThat(items.get(0).title()).isEqualTo("Caf\u00e9 cr\u00e8me");
    }

    @Test
    void htmlAtAFeedUrlIsUnreadableAndKeptWholeWithTheReason() {
        byte[] html = "<!DOCTYPE html><html><body><h1>We'll be back soon</h1></body></html>".getBytes(StandardCharsets.UTF_8);

        CrawlReader.Reading reading = reader.read(BLOG, DocumentKind.FEED, FEED_URL, html, "UTF-8");

        assertThat(reading.readable()).isFalse();
        assertThat(reading.items()).isEmpty();
        assertThat(reading.reason()).isEqualTo("the document is not an RSS or Atom feed (root element <html>)");
        assertThat(reading.unreadable().body()).isEqualTo(new String(html, StandardCharsets.UTF_8));
        assertThat(reading.unreadable().site()).isEqualTo(BLOG);
        assertThat(reading.unreadable().truncated()).isFalse();
    }

    @Test
    void hugeUnreadableDocumentIsCutForStorage() {
        byte[] junk = ("<html>" + "x".repeat(CrawledDocument.MAX_STORED_CHARS + 10)).getBytes(StandardCharsets.UTF_8);

        CrawledDocument kept = reader.read(BLOG, DocumentKind.FEED, FEED_URL, junk, null).unreadable();

        assertThat(kept.truncated()).isTrue();
        assertThat(kept.body()).hasSize(CrawledDocument.MAX_STORED_CHARS);
    }

    private List<CrawledItem> read(String fixture) {
        CrawlReader.Reading reading = reader.read(BLOG, DocumentKind.FEED, FEED_URL, bytes(fixture), null);
        assertThat(reading.readable()).as(reading.reason()).isTrue();
        return reading.items();
    }
}
