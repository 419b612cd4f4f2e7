package io.touchpointhub.connectors.web.crawl;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the reader needs to know about one configured site to turn its documents into items.
 *
 * @param name      the configured site name: the touchpoints' {@code source}
 * @param type      the touchpoint type of its items ({@code post}, {@code article}, {@code review}), or
 *                  {@code null} for the default of the document kind
 * @param timeZone  the zone of dates shown without an offset (forum pages often show local time)
 * @param selectors where posts are in its HTML pages; {@link SiteSelectors#NONE} for feed-only sites
 */
public record CrawlSite(String name, String type, String timeZone, SiteSelectors selectors) {

    public CrawlSite {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a time zone: " + timeZone, e);
        }
        selectors = Objects.requireNonNullElse(selectors, SiteSelectors.NONE);
    }

    /** The type of items found in a document of {@code kind}. */
    public String typeOf(DocumentKind kind) {
        return type == null || type.isBlank() ? kind.defaultType() : type;
    }
}
