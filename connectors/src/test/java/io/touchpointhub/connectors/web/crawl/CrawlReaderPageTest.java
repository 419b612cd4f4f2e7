package io.touchpointhub.connectors.web.crawl;

import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.FORUM;
import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.REVIEWS;
import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML pages read with configured selectors: a phpBB topic and a review page, no code per site. */
class CrawlReaderPageTest {

    private static final String TOPIC_URL = "https://forum.acme-coffee.example/viewtopic.php?t=881";
    private final CrawlReader reader = new CrawlReader();

    @Test
    void readsEachPhpbbPostWithAuthorDatePermalinkTitleAndText() {
        List<CrawledItem> posts = reader.read(FORUM, DocumentKind.PAGE, TOPIC_URL, bytes("phpbb-topic.html"), null).items();

        assertThat(posts).extracting(CrawledItem::author).containsExactly("espresso_eva", "AcmeSupport_Li", "espresso_eva");
        CrawledItem first = posts.get(0);
        assertThat(first.type()).isEqualTo("post");
        assertThat(first.published()).isEqualTo("2024-09-02T18:45:10+00:00");
        assertThat(first.link()).isEqualTo("https://forum.acme-coffee.example/viewtopic.php?p=4410#p4410");
        assertThat(first.title()).isEqualTo("Grinder stopped working after update");
        assertThat(first.text()).isEqualTo("Since the firmware update my Acme Burr Grinder stops after two seconds. Anyone else?");
        assertThat(first.id()).isNull();
        assertThat(posts.get(1).text()).endsWith("Firmware 3.1.2 fixes it, please update again.");
    }

    @Test
    void readsReviewsWithTheSiteDateFormatZoneAndAPageLevelTitle() {
        List<CrawledItem> reviews = reader.read(REVIEWS, DocumentKind.PAGE, "https://brew-reviews.example/p/acme-burr",
                bytes("reviews-page.html"), null).items();

        assertThat(reviews).hasSize(2);
        CrawledItem review = reviews.get(0);
        assertThat(review.type()).isEqualTo("review");
        assertThat(review.author()).isEqualTo("Hannah K.");
        assertThat(review.published()).isEqualTo("28 Aug 2024");
        assertThat(review.dateFormat()).isEqualTo("dd MMM yyyy");
        assertThat(review.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(review.title()).isEqualTo("Acme Burr Grinder");
        assertThat(review.link()).isNull();
    }

    @Test
    void pageWhosePostSelectorMatchesNothingIsUnreadable() {
        CrawlSite changed = new CrawlSite("acme-forum", null, null, new SiteSelectors("div.topic-post", null, null,
                null, null, null, null));

        CrawlReader.Reading reading = reader.read(changed, DocumentKind.PAGE, TOPIC_URL, bytes("phpbb-topic.html"), null);

        assertThat(reading.reason()).isEqualTo("the post selector matches nothing in the page");
        assertThat(reading.unreadable().body()).contains("espresso_eva");
    }

    @Test
    void selectorsThatCannotWorkFailNamingTheProperty() {
        String prefix = "hub.web.crawl.sites.forum.selectors";

        assertThatThrownBy(() -> SiteSelectors.NONE.validate(prefix)).hasMessageContaining(prefix + ".post must be set");
        assertThatThrownBy(() -> new SiteSelectors("div.post", "a[", null, null, null, null, null).validate(prefix))
                .hasMessageContaining(prefix + ".author is not a valid CSS selector");
        assertThatThrownBy(() -> new SiteSelectors("div.post", null, "time", "dd MMM yyyy qqqqqq", null, null, null)
                .validate(prefix)).hasMessageContaining(prefix + ".date-format");
    }
}
