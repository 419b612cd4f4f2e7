package io.touchpointhub.routes.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A site configuration that cannot work fails the start, naming the property to fix. */
class WebCrawlSiteTest {

    private static final WebCrawlProperties.Selectors NO_SELECTORS =
            new WebCrawlProperties.Selectors(null, null, null, null, null, null, null);

    @Test
    void feedOnlySiteNeedsNoSelectors() {
        WebCrawlSite site = WebCrawlSite.of("acme-blog", site(List.of(URI.create("https://blog.example/feed/")), List.of(),
                NO_SELECTORS));

        assertThat(site.feeds()).containsExactly("https://blog.example/feed/");
        assertThat(site.site().timeZone()).isEqualTo("UTC");
    }

    @Test
    void pagesWithoutAPostSelectorAreRefused() {
        assertThatThrownBy(() -> WebCrawlSite.of("forum", site(List.of(), List.of(URI.create("https://forum.example/t/1")),
                NO_SELECTORS)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hub.web.crawl.sites.forum.selectors.post must be set");
    }

    @Test
    void urlsMustBeAbsoluteHttp() {
        assertThatThrownBy(() -> WebCrawlSite.of("blog", site(List.of(URI.create("https://ok.example/"),
                URI.create("file:///etc/passwd")), List.of(), NO_SELECTORS)))
                .hasMessage("hub.web.crawl.sites.blog.feeds[1] must be an absolute http or https URL");
    }

    @Test
    void siteNeedsAFeedOrAPageAndARouteFriendlyName() {
        assertThatThrownBy(() -> WebCrawlSite.of("blog", site(List.of(), List.of(), NO_SELECTORS)))
                .hasMessageContaining("set feeds or pages");
        assertThatThrownBy(() -> WebCrawlSite.of("My Blog", site(List.of(URI.create("https://ok.example/")), List.of(),
                NO_SELECTORS))).hasMessageContaining("lower-case letters, digits and dashes");
    }

    private static WebCrawlProperties.Site site(List<URI> feeds, List<URI> pages, WebCrawlProperties.Selectors selectors) {
        return new WebCrawlProperties.Site(feeds, pages, Duration.ofMinutes(15), null, "UTC", selectors);
    }
}
