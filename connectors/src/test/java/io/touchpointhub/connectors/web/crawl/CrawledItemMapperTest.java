package io.touchpointhub.connectors.web.crawl;

import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.BLOG;
import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.FORUM;
import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.NOW;
import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.REVIEWS;
import static io.touchpointhub.connectors.web.crawl.CrawlFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Items as the reader hands them to intake (JSON payloads) and the touchpoints they become. */
class CrawledItemMapperTest {

    private final CrawlPayloads payloads = CrawlFixtures.payloads();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final CrawledItemMapper feedItems = new CrawledItemMapper(DocumentKind.FEED, payloads, clock);
    private final CrawledItemMapper pagePosts = new CrawledItemMapper(DocumentKind.PAGE, payloads, clock);
    private final CrawlReader reader = new CrawlReader();

    @Test
    void mapsAWordPressItemToAWebArticleKeyedByItsGuid() {
        Touchpoint touchpoint = mapFeed("wordpress-rss.xml", "https://blog.acme-coffee.example/feed/", 0);

        assertThat(feedItems.format()).isEqualTo("web-feed-item");
        assertThat(touchpoint.key()).isEqualTo(new TouchpointKey(Channel.WEB, "acme-blog",
                "https://blog.acme-coffee.example/?p=1423"));
        assertThat(touchpoint.type()).isEqualTo("article");
        assertThat(touchpoint.name()).isEqualTo("Our new espresso blend is here");
        assertThat(touchpoint.occurredAt()).isEqualTo(Instant.parse("2024-09-03T08:12:44Z"));
        assertThat(touchpoint.receivedAt()).isEqualTo(NOW);
        assertThat(touchpoint.text()).startsWith("After six months of tasting sessions");
        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.HANDLE, "web:blog.acme-coffee.example:Maria Lopez"));
        assertThat(touchpoint.traits()).isEmpty();
        assertThat(touchpoint.properties())
                .containsEntry("site", "acme-blog")
                .containsEntry("url", "https://blog.acme-coffee.example/2024/09/03/new-espresso-blend/")
                .containsEntry("title", "Our new espresso blend is here")
                .containsEntry("documentUrl", "https://blog.acme-coffee.example/feed/")
                .containsEntry("categories", List.of("Announcements", "Espresso"));
    }

    @Test
    void rssAuthorEmailBecomesAnEmailIdentifierAndTheNameATrait() {
        Touchpoint touchpoint = mapFeed("rss-authors.xml", "https://support.acme-coffee.example/rss", 0);

        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.EMAIL, "jane.doe@example.org"),
                Identifier.of(IdentifierType.HANDLE, "web:support.acme-coffee.example:Jane Doe"));
        assertThat(touchpoint.traits()).containsEntry("name", "Jane Doe");
        assertThat(touchpoint.occurredAt()).isEqualTo(Instant.parse("2024-09-02T09:39:21Z"));
    }

    @Test
    void itemWithoutGuidIsKeyedByItsPermalinkAndReadsRfc822ZoneNames() {
        Touchpoint touchpoint = mapFeed("rss-authors.xml", "https://support.acme-coffee.example/rss", 1);

        assertThat(touchpoint.key().externalId()).isEqualTo("https://support.acme-coffee.example/answers/warranty-abroad");
        assertThat(touchpoint.occurredAt()).isEqualTo(Instant.parse("2024-08-30T21:20:00Z"));
        assertThat(touchpoint.identifiers()).containsExactly(Identifier.of(IdentifierType.EMAIL, "ken@example.net"));
    }

    @Test
    void noReplyAddressIsNotAnIdentifier() {
        Touchpoint touchpoint = mapFeed("blogger-atom.xml", "https://beannotes.blogspot.com/feeds/posts/default", 0);

        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.HANDLE, "web:beannotes.blogspot.com:Tom Baker"));
        assertThat(touchpoint.traits()).isEmpty();
        assertThat(touchpoint.occurredAt()).isEqualTo(Instant.parse("2024-08-30T07:15:00.001Z"));
    }

    @Test
    void forumPostIsAPostByAHandleOnTheForumHost() {
        CrawledItem post = reader.read(FORUM, DocumentKind.PAGE, "https://forum.acme-coffee.example/viewtopic.php?t=881",
                bytes("phpbb-topic.html"), null).items().get(1);

        Touchpoint touchpoint = single(pagePosts.map("acme-forum", payloads.write(post)));

        assertThat(pagePosts.format()).isEqualTo("web-page-post");
        assertThat(touchpoint.type()).isEqualTo("post");
        assertThat(touchpoint.key().externalId()).isEqualTo("https://forum.acme-coffee.example/viewtopic.php?p=4412#p4412");
        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.HANDLE, "web:forum.acme-coffee.example:AcmeSupport_Li"));
        assertThat(touchpoint.occurredAt()).isEqualTo(Instant.parse("2024-09-02T19:02:33Z"));
    }

    @Test
    void reviewDateInTheSiteFormatIsReadInTheSiteZoneAndAPostWithoutLinkGetsAStableHashKey() {
        List<CrawledItem> reviews = reader.read(REVIEWS, DocumentKind.PAGE, "https://brew-reviews.example/p/acme-burr",
                bytes("reviews-page.html"), null).items();

        Touchpoint first = single(pagePosts.map("brew-reviews", payloads.write(reviews.get(0))));
        Touchpoint again = single(pagePosts.map("brew-reviews", payloads.write(reviews.get(0))));
        Touchpoint second = single(pagePosts.map("brew-reviews", payloads.write(reviews.get(1))));

        assertThat(first.type()).isEqualTo("review");
        assertThat(first.occurredAt()).isEqualTo(Instant.parse("2024-08-27T22:00:00Z"));
        assertThat(first.key().externalId()).startsWith("sha256:").isEqualTo(again.key().externalId())
                .isNotEqualTo(second.key().externalId());
    }

    @Test
    void itemWithoutDateHappenedWhenReceived() {
        CrawledItem item = item("https://news.example/1", null, "Acme opens a roastery");

        assertThat(single(feedItems.map("news", payloads.write(item))).occurredAt()).isEqualTo(NOW);
    }

    @Test
    void unreadableDateIsRejectedNamingTheFieldWithoutQuotingIt() {
        CrawledItem item = item("https://news.example/1", "yesterday, around teatime", "Acme opens a roastery");

        assertThatThrownBy(() -> feedItems.map("news", payloads.write(item)))
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessage("published: must be an RFC 1123, RFC 3339 or ISO-8601 date");
    }

    @Test
    void itemWithNeitherTextNorTitleIsRejected() {
        CrawledItem item = item("https://news.example/1", null, null);

        assertThatThrownBy(() -> feedItems.map("news", payloads.write(item)))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> assertThat(e.field()).isEqualTo("text"));
    }

    @Test
    void payloadThatIsNotAnItemIsRejected() {
        assertThatThrownBy(() -> feedItems.map("news", "[\"secret@example.com\""))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("payload");
                    assertThat(e.getMessage()).doesNotContain("secret");
                });
    }

    @Test
    void overlongGuidIsHashedToFitTheKey() {
        CrawledItem item = new CrawledItem("news", null, "https://news.example/rss", "urn:" + "x".repeat(600), null,
                "Title", null, null, null, null, null, "Text", List.of());

        assertThat(single(feedItems.map("news", payloads.write(item))).key().externalId())
                .startsWith("sha256:").hasSize(71);
    }

    private Touchpoint mapFeed(String fixture, String url, int index) {
        CrawledItem item = reader.read(BLOG, DocumentKind.FEED, url, bytes(fixture), null).items().get(index);
        return single(feedItems.map("acme-blog", payloads.write(item)));
    }

    private static CrawledItem item(String link, String published, String title) {
        return new CrawledItem("news", "article", "https://news.example/rss", null, link, title, null, null, published,
                null, "UTC", null, List.of());
    }

    private static Touchpoint single(List<Touchpoint> touchpoints) {
        assertThat(touchpoints).hasSize(1);
        return touchpoints.get(0);
    }
}
