package io.touchpointhub.search.listening;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.touchpointhub.model.Channel;
import java.time.Instant;

/**
 * Which analysed touchpoints a listening read looks at; every field is optional ({@code null}: no filter).
 *
 * @param topic     a tracked topic's name
 * @param channel   the channel
 * @param sentiment {@code negative}, {@code neutral} or {@code positive}
 * @param language  ISO 639-1 code
 * @param from      occurred at or after
 * @param to        occurred before
 * @param text      words that must all occur in the text (standard analyzer)
 */
public record ListeningFilter(String topic, Channel channel, String sentiment, String language, Instant from,
                              Instant to, String text) {

    public static ListeningFilter none() {
        return new ListeningFilter(null, null, null, null, null, null, null);
    }

    public ListeningFilter withTopic(String name) {
        return new ListeningFilter(name, channel, sentiment, language, from, to, text);
    }

    /** Only analysed touchpoints (they have a language) pass, then every given condition. */
    Query query() {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        bool.filter(f -> f.exists(e -> e.field("language")));
        term(bool, "topics", topic);
        term(bool, "channel", channel == null ? null : channel.name());
        term(bool, "sentiment.label", sentiment);
        term(bool, "language", language);
        if (from != null || to != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("occurredAt");
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lt(to.toString());
                }
                return d;
            })));
        }
        if (text != null) {
            bool.must(m -> m.match(t -> t.field("text").query(text).operator(Operator.And)));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    private static void term(BoolQuery.Builder bool, String field, String value) {
        if (value != null) {
            bool.filter(f -> f.term(t -> t.field(field).value(value)));
        }
    }
}
