package io.touchpointhub.search.listening;

import io.touchpointhub.model.Channel;
import io.touchpointhub.search.TouchpointAuthor;
import io.touchpointhub.search.TouchpointDocument;
import java.time.Instant;
import java.util.List;

/** One analysed touchpoint as the mentions list shows it. */
public record Mention(long id, String profileId, Channel channel, String source, String type, Instant occurredAt,
                      String text, TouchpointAuthor author, long reach, String language,
                      TouchpointDocument.SentimentField sentiment, List<String> topics, List<String> hashtags) {

    static Mention of(TouchpointDocument d) {
        return new Mention(d.id(), d.profileId(), d.channel(), d.source(), d.type(), d.occurredAt(), d.text(),
                d.author(), d.reach(), d.language(), d.sentiment(), d.topics() == null ? List.of() : d.topics(),
                d.hashtags() == null ? List.of() : d.hashtags());
    }
}
