package io.touchpointhub.connectors.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message identifiers from {@code Message-ID}, {@code In-Reply-To} and {@code References}, always in
 * their {@code <id@host>} form so that ids from the three headers compare equal.
 */
final class MessageIds {

    private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");

    private MessageIds() {
    }

    /** Every bracketed id in a header value, in order ({@code References} lists the thread root first). */
    static List<String> all(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null) {
            return ids;
        }
        Matcher id = BRACKETED.matcher(header);
        while (id.find()) {
            if (!ids.contains(id.group())) {
                ids.add(id.group());
            }
        }
        return ids;
    }

    /**
     * The first id of a header value; an id written without brackets (some clients do) is bracketed.
     *
     * @return the id, or {@code null} when the header is absent or blank
     */
    static String first(String header) {
        List<String> ids = all(header);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        if (header == null || header.isBlank()) {
            return null;
        }
        String token = header.strip().split("\\s+")[0];
        return "<" + token.replace("<", "").replace(">", "") + ">";
    }
}
