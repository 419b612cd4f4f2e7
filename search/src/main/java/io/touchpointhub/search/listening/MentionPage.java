package io.touchpointhub.search.listening;

import java.util.List;

/** One page of mentions, and how many match in all. */
public record MentionPage(List<Mention> mentions, long total, int page, int size) {

    public MentionPage {
        mentions = List.copyOf(mentions);
    }
}
