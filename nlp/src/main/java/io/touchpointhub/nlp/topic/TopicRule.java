package io.touchpointhub.nlp.topic;

import java.util.List;
import java.util.Objects;

/**
 * A tracked topic compiled for matching: a text is about it when the query matches and none of the
 * exclusions does.
 *
 * @param name       what a matching text is tagged with
 * @param query      the topic's query
 * @param exclusions phrases that disqualify a text
 */
public record TopicRule(String name, TopicQuery query, List<TopicQuery> exclusions) {

    public TopicRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        exclusions = List.copyOf(exclusions);
    }

    /**
     * Parses a topic.
     *
     * @throws InvalidTopicQueryException when the query or an exclusion does not parse
     */
    public static TopicRule of(String name, String query, List<String> exclude) {
        return new TopicRule(name, TopicQuery.parse(query),
                exclude == null ? List.of() : exclude.stream().map(TopicQuery::phrase).toList());
    }

    public boolean matches(TopicText text) {
        return query.matches(text) && exclusions.stream().noneMatch(e -> e.matches(text));
    }
}
