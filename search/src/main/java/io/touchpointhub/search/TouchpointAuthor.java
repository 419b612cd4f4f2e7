package io.touchpointhub.search;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import java.util.List;
import java.util.Map;

/**
 * Who wrote a touchpoint, as its channel tells: the handle (a {@code HANDLE} identifier such as
 * {@code mastodon:alice@example.social}, or a {@code handle}/{@code username} trait) and a display name
 * ({@code name}, {@code displayName}, or first and last name among the traits). Absent when neither is known.
 *
 * @param handle the author's handle with its platform, or {@code null}
 * @param name   the author's display name, or {@code null}
 * @param key    what listening groups an author's touchpoints by: the handle, or {@code profile:<profile id>}
 *               for an author known by name only (a review signed "Jane")
 */
public record TouchpointAuthor(String handle, String name, String key) {

    private static final List<String> REACH_FIELDS = List.of("followersCount", "followers", "followers_count");

    /** The author of the touchpoint, or {@code null} when the channel names none. */
    public static TouchpointAuthor of(Touchpoint touchpoint, String profileId) {
        String handle = touchpoint.identifiers().stream()
                .filter(i -> i.type() == IdentifierType.HANDLE).map(Identifier::value).findFirst()
                .orElseGet(() -> firstText(touchpoint.traits(), "handle", "username"));
        String name = firstText(touchpoint.traits(), "name", "displayName");
        if (name == null) {
            name = fullName(touchpoint.traits());
        }
        if (handle == null && name == null) {
            return null;
        }
        return new TouchpointAuthor(handle, name, handle != null ? handle : "profile:" + profileId);
    }

    /**
     * The author's audience: followers from the traits or properties (social accounts), else the post's
     * score (Reddit), else 0.
     */
    public static long reach(Touchpoint touchpoint) {
        for (String field : REACH_FIELDS) {
            Long followers = number(touchpoint.traits(), field);
            followers = followers != null ? followers : number(touchpoint.properties(), field);
            if (followers != null) {
                return Math.max(0, followers);
            }
        }
        Long score = number(touchpoint.properties(), "score");
        return score == null ? 0 : Math.max(0, score);
    }

    private static String fullName(Map<String, Object> traits) {
        String first = firstText(traits, "firstName");
        String last = firstText(traits, "lastName");
        if (first == null || last == null) {
            return first != null ? first : last;
        }
        return first + " " + last;
    }

    private static String firstText(Map<String, Object> map, String... keys) {
        if (map == null) {
            return null;
        }
        for (String key : keys) {
            if (map.get(key) instanceof String s && !s.isBlank()) {
                return s.strip();
            }
        }
        return null;
    }

    private static Long number(Map<String, Object> map, String key) {
        if (map == null) {
            return null;
        }
        Object value = map.get(key);
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
