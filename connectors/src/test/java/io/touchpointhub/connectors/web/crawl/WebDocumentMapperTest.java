package io.touchpointhub.connectors.web.crawl;

import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.FORUM;
import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.NOW;
import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Touchpoint;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole documents kept as dead letters, and what their replay does. */
class WebDocumentMapperTest {

    private static final String TOPIC_URL = "https://forum.acme-coffee.example/viewtopic.php?t=881";
    private final CrawlPayloads payloads = CrawlFixtures.payloads();
    private final WebDocumentMapper mapper = new WebDocumentMapper(payloads, new CrawlReader(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void documentThatStillGivesNoItemsStaysRejectedWithTheReason() {
        CrawlSite broken = new CrawlSite("acme-forum", null, null, new SiteSelectors("div.topic-post", null, null,
                null, null, null, null));
        String payload = payloads.write(new CrawledDocument(broken, DocumentKind.PAGE, TOPIC_URL,
                text("phpbb-topic.html"), false));

        assertThatThrownBy(() -> mapper.map("acme-forum", payload))
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessage("document: the post selector matches nothing in the page");
    }

    @Test
    void documentReadableWithItsSettingsGivesEveryItem() {
        String payload = payloads.write(new CrawledDocument(FORUM, DocumentKind.PAGE, TOPIC_URL,
                text("phpbb-topic.html"), false));

        List<Touchpoint> touchpoints = mapper.map("acme-forum", payload);

        assertThat(mapper.format()).isEqualTo("web-document");
        assertThat(touchpoints).hasSize(3).allSatisfy(t -> assertThat(t.type()).isEqualTo("post"));
    }

    @Test
    void invalidItemInsideTheDocumentIsNamedByItsIndex() {
        String feed = "<rss><channel><item><title>ok</title></item><item><title>t</title><pubDate>soon</pubDate>"
                + "</item></channel></rss>";
        String payload = payloads.write(new CrawledDocument(CrawlFixtures.BLOG, DocumentKind.FEED,
                "https://blog.example/feed", feed, false));

        assertThatThrownBy(() -> mapper.map("acme-blog", payload))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("items[1].published"));
    }

    @Test
    void cutDocumentCannotBeReplayed() {
        String payload = payloads.write(new CrawledDocument(FORUM, DocumentKind.PAGE, TOPIC_URL, "<html>", true));

        assertThatThrownBy(() -> mapper.map("acme-forum", payload))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }
}
