package io.touchpointhub.connectors.social;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RFC 8288 {@code Link} headers, as Mastodon paginates:
 * {@code <https://x/api/v1/timelines/tag/a?max_id=7>; rel="next", <https://x/...?min_id=9>; rel="prev"}.
 */
public final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    private LinkHeader() {
    }

    /** The target of the first link with relation {@code rel} (e.g. {@code next}), if any. */
    public static Optional<String> target(String header, String rel) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher link = LINK.matcher(header);
        while (link.find()) {
            Matcher relation = REL.matcher(link.group(2));
            if (relation.find() && hasRelation(relation.group(1), rel)) {
                return Optional.of(link.group(1).trim());
            }
        }
        return Optional.empty();
    }

    /** {@code rel} may list several space-separated relations. */
    private static boolean hasRelation(String relations, String rel) {
        for (String relation : relations.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (relation.equals(rel.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
