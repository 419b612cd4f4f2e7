package io.touchpointhub.connectors.web.crawl;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.PayloadMapper;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Maps one crawled feed item ({@code web-feed-item}) or page post ({@code web-page-post}) to a
 * {@link Channel#WEB} touchpoint of the site.
 *
 * <ul>
 *   <li>External id: the feed's guid / Atom id, else the permalink, else {@code sha256:} of site, author,
 *       date and text (so an unchanged post keeps its key); ids over 500 characters are hashed too.</li>
 *   <li>Identifiers: the author's e-mail when the feed gives one (RSS {@code author}, Atom
 *       {@code author/email}; no-reply addresses skipped), and {@code HANDLE web:<host>:<author>} for a
 *       named author, host taken from the permalink, else the document URL. The name becomes the
 *       {@code name} trait only next to an e-mail: alone, it is a screen name, not a person's name.</li>
 *   <li>occurredAt: the item's date; the time of receipt when the document gives none.</li>
 * </ul>
 */
public final class CrawledItemMapper implements PayloadMapper {

    private static final int MAX_EXTERNAL_ID = 500;
    private static final Pattern NO_REPLY = Pattern.compile("^(no-?reply|do-?not-?reply)\\b.*@.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()]+@[^\\s@<>()]+\\.[^\\s@<>()]+");

    private final DocumentKind kind;
    private final CrawlPayloads payloads;
    private final Clock clock;

    public CrawledItemMapper(DocumentKind kind, CrawlPayloads payloads, Clock clock) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.payloads = Objects.requireNonNull(payloads, "payloads");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String format() {
        return kind.itemFormat();
    }

    @Override
    public List<Touchpoint> map(String source, String payload) {
        return List.of(touchpoint(source, payloads.readItem(payload), clock.instant(), ""));
    }

    /**
     * @param field prefix of field names in errors, for items inside a document ({@code items[3].})
     */
    Touchpoint touchpoint(String source, CrawledItem item, Instant receivedAt, String field) {
        if (source == null || source.isBlank()) {
            throw new InvalidTouchpointException("source", "must name the configured site");
        }
        String text = FeedParser.blankToNull(item.text());
        String title = FeedParser.blankToNull(item.title());
        if (text == null && title == null) {
            throw new InvalidTouchpointException(field + "text", "must not be blank when the item has no title");
        }
        String type = item.type() == null || item.type().isBlank() ? kind.defaultType() : item.type();
        TouchpointKey key = new TouchpointKey(Channel.WEB, source, externalId(source, item));
        return new Touchpoint(key, type, title, occurredAt(item, receivedAt, field), receivedAt,
                identifiers(source, item), traits(item), properties(source, item), Map.of(),
                text != null ? text : title);
    }

    private static Instant occurredAt(CrawledItem item, Instant receivedAt, String field) {
        String published = FeedParser.blankToNull(item.published());
        if (published == null) {
            return receivedAt;
        }
        try {
            ZoneId zone = ZoneId.of(item.timeZone() == null ? "UTC" : item.timeZone());
            return CrawlDates.parse(published, FeedParser.blankToNull(item.dateFormat()), zone);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new InvalidTouchpointException(field + "published", item.dateFormat() == null
                    ? "must be an RFC 1123, RFC 3339 or ISO-8601 date"
                    : "must match the site's date-format");
        }
    }

    private static String externalId(String source, CrawledItem item) {
        String id = FeedParser.blankToNull(item.id());
        id = id != null ? id : FeedParser.blankToNull(item.link());
        if (id == null) {
            return "sha256:" + ResponseBodies.sha256(String.join("\n", source, nullToEmpty(item.author()),
                    nullToEmpty(item.published()), nullToEmpty(item.text())).getBytes(StandardCharsets.UTF_8));
        }
        return id.length() <= MAX_EXTERNAL_ID ? id : "sha256:" + ResponseBodies.sha256(id.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Identifier> identifiers(String source, CrawledItem item) {
        List<Identifier> identifiers = new ArrayList<>(2);
        String email = usableEmail(item.authorEmail());
        if (email != null) {
            identifiers.add(Identifier.of(IdentifierType.EMAIL, email));
        }
        String author = FeedParser.blankToNull(item.author());
        if (author != null) {
            identifiers.add(Identifier.of(IdentifierType.HANDLE, "web:" + host(source, item) + ":" + author));
        }
        return identifiers;
    }

    private static Map<String, Object> traits(CrawledItem item) {
        String author = FeedParser.blankToNull(item.author());
        return author != null && usableEmail(item.authorEmail()) != null ? Map.of("name", author) : Map.of();
    }

    private static Map<String, Object> properties(String source, CrawledItem item) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("site", source);
        putIfPresent(properties, "url", item.link());
        putIfPresent(properties, "title", item.title());
        putIfPresent(properties, "documentUrl", item.documentUrl());
        if (!item.categories().isEmpty()) {
            properties.put("categories", item.categories());
        }
        return properties;
    }

    private static String usableEmail(String email) {
        String value = FeedParser.blankToNull(email);
        return value != null && EMAIL.matcher(value).matches() && !NO_REPLY.matcher(value).matches() ? value : null;
    }

    /** The host the author's handle belongs to: where the post lives, else where it was found, else the site. */
    private static String host(String source, CrawledItem item) {
        for (String url : new String[] {item.link(), item.documentUrl()}) {
            String host = hostOf(url);
            if (host != null) {
                return host;
            }
        }
        return source;
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        String v = FeedParser.blankToNull(value);
        if (v != null) {
            map.put(key, v);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
