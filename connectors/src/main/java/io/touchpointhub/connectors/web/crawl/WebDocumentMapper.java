package io.touchpointhub.connectors.web.crawl;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.PayloadMapper;
import io.touchpointhub.model.Touchpoint;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maps a whole crawled document (format {@code web-document}) to the touchpoints of its items. The
 * crawler never sends documents here directly: it keeps a document as a {@code web-document} dead letter
 * when it gives no items, and this mapper is what a replay goes through once the reader (or the site's
 * configuration, which travels in the payload) is fixed. Any unreadable part fails the whole document.
 */
public final class WebDocumentMapper implements PayloadMapper {

    public static final String FORMAT = "web-document";

    private final CrawlPayloads payloads;
    private final CrawlReader reader;
    private final CrawledItemMapper feedItems;
    private final CrawledItemMapper pagePosts;
    private final Clock clock;

    public WebDocumentMapper(CrawlPayloads payloads, CrawlReader reader, Clock clock) {
        this.payloads = Objects.requireNonNull(payloads, "payloads");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.feedItems = new CrawledItemMapper(DocumentKind.FEED, payloads, clock);
        this.pagePosts = new CrawledItemMapper(DocumentKind.PAGE, payloads, clock);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<Touchpoint> map(String source, String payload) {
        Instant receivedAt = clock.instant();
        CrawledDocument document = payloads.readDocument(payload);
        if (document.truncated()) {
            throw new InvalidTouchpointException("body", "was cut to " + CrawledDocument.MAX_STORED_CHARS
                    + " characters when stored, so it cannot be read again; the crawler reads it anew when it changes");
        }
        List<CrawledItem> items;
        try {
            items = reader.read(document);
        } catch (UnreadableDocumentException e) {
            throw new InvalidTouchpointException("document", e.getMessage());
        }
        CrawledItemMapper mapper = document.kind() == DocumentKind.FEED ? feedItems : pagePosts;
        List<Touchpoint> touchpoints = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            touchpoints.add(mapper.touchpoint(source, items.get(i), receivedAt, "items[" + i + "]."));
        }
        return touchpoints;
    }
}
