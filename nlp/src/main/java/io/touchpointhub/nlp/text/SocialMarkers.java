package io.touchpointhub.nlp.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashtags, mentions and URLs of a text, in order of appearance, each once. Mentions may carry a
 * Mastodon instance ({@code @alice@mastodon.social}); an e-mail address is not a mention.
 */
public record SocialMarkers(List<String> hashtags, List<String> mentions, List<String> urls) {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'`]+");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&/#])#([\\p{L}\\p{N}_]*[\\p{L}_][\\p{L}\\p{N}_]*)");
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@/])@([A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?)");

    public static SocialMarkers of(String text) {
        List<String> urls = distinct(URL.matcher(text), 0, true);
        String withoutUrls = URL.matcher(text).replaceAll(" ");
        return new SocialMarkers(distinct(HASHTAG.matcher(withoutUrls), 1, false),
                distinct(MENTION.matcher(withoutUrls), 1, false), urls);
    }

    /** Whether the text looks like a social post: it carries a hashtag, mention or URL. */
    public boolean any() {
        return !hashtags.isEmpty() || !mentions.isEmpty() || !urls.isEmpty();
    }

    private static List<String> distinct(Matcher matcher, int group, boolean trimPunctuation) {
        Set<String> found = new LinkedHashSet<>();
        while (matcher.find()) {
            String value = matcher.group(group);
            found.add(trimPunctuation ? trimTrailing(value) : value);
        }
        return new ArrayList<>(found);
    }

    /** Sentence punctuation after a link is not part of it ("see https://x.io/a."). */
    private static String trimTrailing(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?)]}".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
